# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_view.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_DossierView(object):
    def setupUi(self, DossierView):
        if not DossierView.objectName():
            DossierView.setObjectName(u"DossierView")
        DossierView.resize(1200, 760)
        self.mainLayout = QVBoxLayout(DossierView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topBarLayout = QHBoxLayout()
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.backButton = QPushButton(DossierView)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.topBarLayout.addWidget(self.backButton)

        self.topBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBarLayout.addItem(self.topBarSpacer)


        self.mainLayout.addLayout(self.topBarLayout)

        self.splitter = QSplitter(DossierView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.casesPanel = QWidget(self.splitter)
        self.casesPanel.setObjectName(u"casesPanel")
        self.casesPanel.setMinimumSize(QSize(260, 0))
        self.casesLayout = QVBoxLayout(self.casesPanel)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesLayout.setContentsMargins(0, 0, 0, 0)
        self.casesLabel = QLabel(self.casesPanel)
        self.casesLabel.setObjectName(u"casesLabel")

        self.casesLayout.addWidget(self.casesLabel)

        self.casesList = QListView(self.casesPanel)
        self.casesList.setObjectName(u"casesList")
        self.casesList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.casesList.setAlternatingRowColors(True)
        self.casesList.setIconSize(QSize(32, 32))
        self.casesList.setSpacing(2)
        self.casesList.setWordWrap(True)
        self.casesList.setUniformItemSizes(False)

        self.casesLayout.addWidget(self.casesList)

        self.splitter.addWidget(self.casesPanel)
        self.casePanel = QWidget(self.splitter)
        self.casePanel.setObjectName(u"casePanel")
        self.casePanel.setMinimumSize(QSize(520, 0))
        self.casePanel.setAcceptDrops(True)
        self.casePanelLayout = QVBoxLayout(self.casePanel)
        self.casePanelLayout.setObjectName(u"casePanelLayout")
        self.casePanelLayout.setContentsMargins(0, 0, 0, 0)
        self.noticeFrame = QFrame(self.casePanel)
        self.noticeFrame.setObjectName(u"noticeFrame")
        self.noticeFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.noticeLayout = QHBoxLayout(self.noticeFrame)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeIcon = QLabel(self.noticeFrame)
        self.noticeIcon.setObjectName(u"noticeIcon")
        self.noticeIcon.setText(u"")
        self.noticeIcon.setMinimumSize(QSize(24, 24))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.noticeIcon.sizePolicy().hasHeightForWidth())
        self.noticeIcon.setSizePolicy(sizePolicy)

        self.noticeLayout.addWidget(self.noticeIcon)

        self.noticeText = QLabel(self.noticeFrame)
        self.noticeText.setObjectName(u"noticeText")
        self.noticeText.setText(u"")
        self.noticeText.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.noticeText.sizePolicy().hasHeightForWidth())
        self.noticeText.setSizePolicy(sizePolicy1)
        self.noticeText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.noticeLayout.addWidget(self.noticeText)

        self.noticeActionButton = QPushButton(self.noticeFrame)
        self.noticeActionButton.setObjectName(u"noticeActionButton")
        self.noticeActionButton.setAutoDefault(False)

        self.noticeLayout.addWidget(self.noticeActionButton)

        self.noticeCloseButton = QPushButton(self.noticeFrame)
        self.noticeCloseButton.setObjectName(u"noticeCloseButton")
        self.noticeCloseButton.setAutoDefault(False)

        self.noticeLayout.addWidget(self.noticeCloseButton)


        self.casePanelLayout.addWidget(self.noticeFrame)

        self.caseStack = QStackedWidget(self.casePanel)
        self.caseStack.setObjectName(u"caseStack")
        self.noCasePage = QWidget()
        self.noCasePage.setObjectName(u"noCasePage")
        self.noCaseLayout = QVBoxLayout(self.noCasePage)
        self.noCaseLayout.setObjectName(u"noCaseLayout")
        self.noCaseLabel = QLabel(self.noCasePage)
        self.noCaseLabel.setObjectName(u"noCaseLabel")
        self.noCaseLabel.setWordWrap(True)
        self.noCaseLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.noCaseLayout.addWidget(self.noCaseLabel)

        self.caseStack.addWidget(self.noCasePage)
        self.casePage = QWidget()
        self.casePage.setObjectName(u"casePage")
        self.casePageLayout = QVBoxLayout(self.casePage)
        self.casePageLayout.setObjectName(u"casePageLayout")
        self.casePageLayout.setContentsMargins(0, 0, 0, 0)
        self.caseTitle = QLabel(self.casePage)
        self.caseTitle.setObjectName(u"caseTitle")
        self.caseTitle.setText(u"\u2014")
        self.caseTitle.setWordWrap(True)
        self.caseTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.casePageLayout.addWidget(self.caseTitle)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.operatorLabel = QLabel(self.casePage)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorValue = QLabel(self.casePage)
        self.operatorValue.setObjectName(u"operatorValue")
        self.operatorValue.setText(u"\u2014")
        self.operatorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.operatorValue)

        self.lineLabel = QLabel(self.casePage)
        self.lineLabel.setObjectName(u"lineLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lineLabel)

        self.lineValue = QLabel(self.casePage)
        self.lineValue.setObjectName(u"lineValue")
        self.lineValue.setText(u"\u2014")
        self.lineValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lineValue)

        self.accountLabel = QLabel(self.casePage)
        self.accountLabel.setObjectName(u"accountLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountValue = QLabel(self.casePage)
        self.accountValue.setObjectName(u"accountValue")
        self.accountValue.setText(u"\u2014")
        self.accountValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.accountValue)

        self.statusLabel = QLabel(self.casePage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.casePage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.headerLayout.addLayout(self.detailsForm)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.amountsForm = QFormLayout()
        self.amountsForm.setObjectName(u"amountsForm")
        self.claimedLabel = QLabel(self.casePage)
        self.claimedLabel.setObjectName(u"claimedLabel")

        self.amountsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.claimedLabel)

        self.claimedValue = QLabel(self.casePage)
        self.claimedValue.setObjectName(u"claimedValue")
        self.claimedValue.setText(u"\u2014")

        self.amountsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.claimedValue)

        self.refundedLabel = QLabel(self.casePage)
        self.refundedLabel.setObjectName(u"refundedLabel")

        self.amountsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.refundedLabel)

        self.refundedValue = QLabel(self.casePage)
        self.refundedValue.setObjectName(u"refundedValue")
        self.refundedValue.setText(u"\u2014")

        self.amountsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.refundedValue)

        self.remainingLabel = QLabel(self.casePage)
        self.remainingLabel.setObjectName(u"remainingLabel")

        self.amountsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.remainingLabel)

        self.remainingValue = QLabel(self.casePage)
        self.remainingValue.setObjectName(u"remainingValue")
        self.remainingValue.setText(u"\u2014")

        self.amountsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.remainingValue)


        self.headerLayout.addLayout(self.amountsForm)


        self.casePageLayout.addLayout(self.headerLayout)

        self.nextStepBox = QGroupBox(self.casePage)
        self.nextStepBox.setObjectName(u"nextStepBox")
        self.nextStepLayout = QHBoxLayout(self.nextStepBox)
        self.nextStepLayout.setObjectName(u"nextStepLayout")
        self.nextIcon = QLabel(self.nextStepBox)
        self.nextIcon.setObjectName(u"nextIcon")
        self.nextIcon.setText(u"")
        self.nextIcon.setMinimumSize(QSize(32, 32))
        sizePolicy.setHeightForWidth(self.nextIcon.sizePolicy().hasHeightForWidth())
        self.nextIcon.setSizePolicy(sizePolicy)
        self.nextIcon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.nextStepLayout.addWidget(self.nextIcon)

        self.nextTextLayout = QVBoxLayout()
        self.nextTextLayout.setObjectName(u"nextTextLayout")
        self.nextAction = QLabel(self.nextStepBox)
        self.nextAction.setObjectName(u"nextAction")
        self.nextAction.setText(u"\u2014")
        self.nextAction.setWordWrap(True)
        self.nextAction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nextTextLayout.addWidget(self.nextAction)

        self.nextBy = QLabel(self.nextStepBox)
        self.nextBy.setObjectName(u"nextBy")
        self.nextBy.setText(u"\u2014")
        self.nextBy.setWordWrap(True)
        self.nextBy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nextTextLayout.addWidget(self.nextBy)

        self.nextWhy = QLabel(self.nextStepBox)
        self.nextWhy.setObjectName(u"nextWhy")
        self.nextWhy.setText(u"\u2014")
        self.nextWhy.setWordWrap(True)
        self.nextWhy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nextTextLayout.addWidget(self.nextWhy)


        self.nextStepLayout.addLayout(self.nextTextLayout)


        self.casePageLayout.addWidget(self.nextStepBox)

        self.actionsLayout = QGridLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addEntryButton = QPushButton(self.casePage)
        self.addEntryButton.setObjectName(u"addEntryButton")
        self.addEntryButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.addEntryButton, 0, 0, 1, 1)

        self.attachButton = QPushButton(self.casePage)
        self.attachButton.setObjectName(u"attachButton")
        self.attachButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.attachButton, 0, 1, 1, 1)

        self.refundButton = QPushButton(self.casePage)
        self.refundButton.setObjectName(u"refundButton")
        self.refundButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.refundButton, 1, 0, 1, 1)

        self.exportButton = QPushButton(self.casePage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.exportButton, 1, 1, 1, 1)


        self.casePageLayout.addLayout(self.actionsLayout)

        self.tabs = QTabWidget(self.casePage)
        self.tabs.setObjectName(u"tabs")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy2)
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.orderLayout = QHBoxLayout()
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderLabel = QLabel(self.timelineTab)
        self.orderLabel.setObjectName(u"orderLabel")

        self.orderLayout.addWidget(self.orderLabel)

        self.orderCombo = QComboBox(self.timelineTab)
        self.orderCombo.setObjectName(u"orderCombo")

        self.orderLayout.addWidget(self.orderCombo)

        self.orderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderLayout.addItem(self.orderSpacer)


        self.timelineLayout.addLayout(self.orderLayout)

        self.timelineView = QTableView(self.timelineTab)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setMinimumSize(QSize(0, 160))
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setWordWrap(True)
        self.timelineView.setTabKeyNavigation(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.tabs.addTab(self.timelineTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceLayout = QVBoxLayout(self.evidenceTab)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceView = QTableView(self.evidenceTab)
        self.evidenceView.setObjectName(u"evidenceView")
        self.evidenceView.setMinimumSize(QSize(0, 160))
        self.evidenceView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidenceView.setAlternatingRowColors(True)
        self.evidenceView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidenceView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidenceView.setWordWrap(True)
        self.evidenceView.setTabKeyNavigation(False)

        self.evidenceLayout.addWidget(self.evidenceView)

        self.evidenceButtons = QHBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.openEvidenceButton = QPushButton(self.evidenceTab)
        self.openEvidenceButton.setObjectName(u"openEvidenceButton")
        self.openEvidenceButton.setAutoDefault(False)

        self.evidenceButtons.addWidget(self.openEvidenceButton)

        self.evidenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceButtons.addItem(self.evidenceSpacer)


        self.evidenceLayout.addLayout(self.evidenceButtons)

        self.tabs.addTab(self.evidenceTab, "")
        self.lettersTab = QWidget()
        self.lettersTab.setObjectName(u"lettersTab")
        self.lettersLayout = QVBoxLayout(self.lettersTab)
        self.lettersLayout.setObjectName(u"lettersLayout")
        self.lettersView = QTableView(self.lettersTab)
        self.lettersView.setObjectName(u"lettersView")
        self.lettersView.setMinimumSize(QSize(0, 120))
        self.lettersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lettersView.setAlternatingRowColors(True)
        self.lettersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lettersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lettersView.setWordWrap(True)
        self.lettersView.setTabKeyNavigation(False)

        self.lettersLayout.addWidget(self.lettersView)

        self.letterButtons = QHBoxLayout()
        self.letterButtons.setObjectName(u"letterButtons")
        self.openLetterButton = QPushButton(self.lettersTab)
        self.openLetterButton.setObjectName(u"openLetterButton")
        self.openLetterButton.setAutoDefault(False)

        self.letterButtons.addWidget(self.openLetterButton)

        self.sentButton = QPushButton(self.lettersTab)
        self.sentButton.setObjectName(u"sentButton")
        self.sentButton.setAutoDefault(False)

        self.letterButtons.addWidget(self.sentButton)

        self.receivedButton = QPushButton(self.lettersTab)
        self.receivedButton.setObjectName(u"receivedButton")
        self.receivedButton.setAutoDefault(False)

        self.letterButtons.addWidget(self.receivedButton)

        self.letterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letterButtons.addItem(self.letterSpacer)


        self.lettersLayout.addLayout(self.letterButtons)

        self.letterPrintButtons = QHBoxLayout()
        self.letterPrintButtons.setObjectName(u"letterPrintButtons")
        self.printLetterButton = QPushButton(self.lettersTab)
        self.printLetterButton.setObjectName(u"printLetterButton")
        self.printLetterButton.setAutoDefault(False)

        self.letterPrintButtons.addWidget(self.printLetterButton)

        self.saveLetterButton = QPushButton(self.lettersTab)
        self.saveLetterButton.setObjectName(u"saveLetterButton")
        self.saveLetterButton.setAutoDefault(False)

        self.letterPrintButtons.addWidget(self.saveLetterButton)

        self.printCopiesButton = QPushButton(self.lettersTab)
        self.printCopiesButton.setObjectName(u"printCopiesButton")
        self.printCopiesButton.setAutoDefault(False)

        self.letterPrintButtons.addWidget(self.printCopiesButton)

        self.saveCopiesButton = QPushButton(self.lettersTab)
        self.saveCopiesButton.setObjectName(u"saveCopiesButton")
        self.saveCopiesButton.setAutoDefault(False)

        self.letterPrintButtons.addWidget(self.saveCopiesButton)

        self.letterPrintSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letterPrintButtons.addItem(self.letterPrintSpacer)


        self.lettersLayout.addLayout(self.letterPrintButtons)

        self.tabs.addTab(self.lettersTab, "")

        self.casePageLayout.addWidget(self.tabs)

        self.dropHint = QLabel(self.casePage)
        self.dropHint.setObjectName(u"dropHint")
        self.dropHint.setWordWrap(True)

        self.casePageLayout.addWidget(self.dropHint)

        self.caseStack.addWidget(self.casePage)

        self.casePanelLayout.addWidget(self.caseStack)

        self.splitter.addWidget(self.casePanel)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.casesLabel.setBuddy(self.casesList)
        self.statusLabel.setBuddy(self.statusCombo)
        self.orderLabel.setBuddy(self.orderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backButton, self.casesList)
        QWidget.setTabOrder(self.casesList, self.noticeActionButton)
        QWidget.setTabOrder(self.noticeActionButton, self.noticeCloseButton)
        QWidget.setTabOrder(self.noticeCloseButton, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.addEntryButton)
        QWidget.setTabOrder(self.addEntryButton, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.refundButton)
        QWidget.setTabOrder(self.refundButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.orderCombo)
        QWidget.setTabOrder(self.orderCombo, self.timelineView)
        QWidget.setTabOrder(self.timelineView, self.evidenceView)
        QWidget.setTabOrder(self.evidenceView, self.openEvidenceButton)
        QWidget.setTabOrder(self.openEvidenceButton, self.lettersView)
        QWidget.setTabOrder(self.lettersView, self.openLetterButton)
        QWidget.setTabOrder(self.openLetterButton, self.sentButton)
        QWidget.setTabOrder(self.sentButton, self.receivedButton)

        self.retranslateUi(DossierView)

        self.caseStack.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DossierView)
    # setupUi

    def retranslateUi(self, DossierView):
        DossierView.setWindowTitle(QCoreApplication.translate("DossierView", u"Your dossier", None))
        self.backButton.setText(QCoreApplication.translate("DossierView", u"\u2190 &Back to home", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("DossierView", u"Back to the home screen (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("DossierView", u"Back to home", None))
#endif // QT_CONFIG(accessibility)
        self.casesLabel.setText(QCoreApplication.translate("DossierView", u"&Your cases:", None))
#if QT_CONFIG(accessibility)
        self.casesList.setAccessibleName(QCoreApplication.translate("DossierView", u"Your cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.casePanel.setAccessibleName(QCoreApplication.translate("DossierView", u"The selected case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeFrame.setAccessibleName(QCoreApplication.translate("DossierView", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.noticeActionButton.setText(QCoreApplication.translate("DossierView", u"Open the folder", None))
        self.noticeCloseButton.setText(QCoreApplication.translate("DossierView", u"&Hide this message", None))
#if QT_CONFIG(accessibility)
        self.noticeCloseButton.setAccessibleName(QCoreApplication.translate("DossierView", u"Hide this message", None))
#endif // QT_CONFIG(accessibility)
        self.noCaseLabel.setText(QCoreApplication.translate("DossierView", u"Choose a case in the list on the left.", None))
        self.operatorLabel.setText(QCoreApplication.translate("DossierView", u"Operator:", None))
        self.lineLabel.setText(QCoreApplication.translate("DossierView", u"Phone line:", None))
        self.accountLabel.setText(QCoreApplication.translate("DossierView", u"Customer account:", None))
        self.statusLabel.setText(QCoreApplication.translate("DossierView", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("DossierView", u"Status of the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("DossierView", u"Change the status of the case", None))
#endif // QT_CONFIG(tooltip)
        self.claimedLabel.setText(QCoreApplication.translate("DossierView", u"Claimed:", None))
        self.refundedLabel.setText(QCoreApplication.translate("DossierView", u"Refunded:", None))
        self.remainingLabel.setText(QCoreApplication.translate("DossierView", u"Still to be refunded:", None))
        self.nextStepBox.setTitle(QCoreApplication.translate("DossierView", u"Next step", None))
#if QT_CONFIG(accessibility)
        self.nextStepBox.setAccessibleName(QCoreApplication.translate("DossierView", u"Next step", None))
#endif // QT_CONFIG(accessibility)
        self.addEntryButton.setText(QCoreApplication.translate("DossierView", u"&Add a call, email or answer\u2026", None))
#if QT_CONFIG(tooltip)
        self.addEntryButton.setToolTip(QCoreApplication.translate("DossierView", u"Write down a call, an email, a letter or an answer (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("DossierView", u"Attach a &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("DossierView", u"Add a photo, a screenshot or a PDF to the case (Ctrl+J)", None))
#endif // QT_CONFIG(tooltip)
        self.refundButton.setText(QCoreApplication.translate("DossierView", u"&Mark as refunded\u2026", None))
#if QT_CONFIG(tooltip)
        self.refundButton.setToolTip(QCoreApplication.translate("DossierView", u"Record money given back by the operator (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("DossierView", u"&Export for the mediator\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("DossierView", u"Copy the whole case into a folder: a summary and every document (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.orderLabel.setText(QCoreApplication.translate("DossierView", u"&Order:", None))
#if QT_CONFIG(accessibility)
        self.orderCombo.setAccessibleName(QCoreApplication.translate("DossierView", u"Order of the timeline", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timelineView.setAccessibleName(QCoreApplication.translate("DossierView", u"Timeline of the case", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("DossierView", u"&Timeline", None))
#if QT_CONFIG(accessibility)
        self.evidenceView.setAccessibleName(QCoreApplication.translate("DossierView", u"Documents of the case", None))
#endif // QT_CONFIG(accessibility)
        self.openEvidenceButton.setText(QCoreApplication.translate("DossierView", u"&Open the document", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("DossierView", u"&Documents", None))
#if QT_CONFIG(accessibility)
        self.lettersView.setAccessibleName(QCoreApplication.translate("DossierView", u"Letters of the case", None))
#endif // QT_CONFIG(accessibility)
        self.openLetterButton.setText(QCoreApplication.translate("DossierView", u"&Open the letter", None))
        self.sentButton.setText(QCoreApplication.translate("DossierView", u"I &posted it\u2026", None))
#if QT_CONFIG(tooltip)
        self.sentButton.setToolTip(QCoreApplication.translate("DossierView", u"Record the date you posted the letter and its registered number", None))
#endif // QT_CONFIG(tooltip)
        self.receivedButton.setText(QCoreApplication.translate("DossierView", u"Record the ackno&wledgement of receipt\u2026", None))
#if QT_CONFIG(tooltip)
        self.receivedButton.setToolTip(QCoreApplication.translate("DossierView", u"Record the date written on the acknowledgement of receipt (avis de r\u00e9ception)", None))
#endif // QT_CONFIG(tooltip)
        self.printLetterButton.setText(QCoreApplication.translate("DossierView", u"Pr&int the letter\u2026", None))
        self.saveLetterButton.setText(QCoreApplication.translate("DossierView", u"Sa&ve the letter as PDF\u2026", None))
        self.printCopiesButton.setText(QCoreApplication.translate("DossierView", u"Print the bill &copies\u2026", None))
#if QT_CONFIG(tooltip)
        self.printCopiesButton.setToolTip(QCoreApplication.translate("DossierView", u"The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.", None))
#endif // QT_CONFIG(tooltip)
        self.saveCopiesButton.setText(QCoreApplication.translate("DossierView", u"Save the bill copies as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveCopiesButton.setToolTip(QCoreApplication.translate("DossierView", u"The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.lettersTab), QCoreApplication.translate("DossierView", u"&Letters", None))
        self.dropHint.setText(QCoreApplication.translate("DossierView", u"Tip: you can also drag files (photos, screenshots, PDF) from your computer onto this part of the window to add them to the case.", None))
    # retranslateUi
