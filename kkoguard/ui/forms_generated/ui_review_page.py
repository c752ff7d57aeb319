# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QToolButton, QVBoxLayout, QWidget, QWizardPage)

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        ReviewPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ReviewPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summaryBox = QGroupBox(ReviewPage)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QVBoxLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.RichText)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)


        self.pageLayout.addWidget(self.summaryBox)

        self.failedButton = QToolButton(ReviewPage)
        self.failedButton.setObjectName(u"failedButton")
        self.failedButton.setCheckable(True)
        self.failedButton.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.failedButton.setAutoRaise(True)
        self.failedButton.setArrowType(Qt.RightArrow)

        self.pageLayout.addWidget(self.failedButton)

        self.failedLabel = QLabel(ReviewPage)
        self.failedLabel.setObjectName(u"failedLabel")
        self.failedLabel.setWordWrap(True)
        self.failedLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.failedLabel)

        self.ocrNotice = QFrame(ReviewPage)
        self.ocrNotice.setObjectName(u"ocrNotice")
        self.ocrNotice.setFrameShape(QFrame.StyledPanel)
        self.ocrNoticeLayout = QHBoxLayout(self.ocrNotice)
        self.ocrNoticeLayout.setObjectName(u"ocrNoticeLayout")
        self.ocrNoticeLayout.setContentsMargins(-1, 6, -1, 6)
        self.ocrIcon = QLabel(self.ocrNotice)
        self.ocrIcon.setObjectName(u"ocrIcon")
        self.ocrIcon.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.ocrNoticeLayout.addWidget(self.ocrIcon)

        self.ocrLabel = QLabel(self.ocrNotice)
        self.ocrLabel.setObjectName(u"ocrLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.ocrLabel.sizePolicy().hasHeightForWidth())
        self.ocrLabel.setSizePolicy(sizePolicy)
        self.ocrLabel.setWordWrap(True)
        self.ocrLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.ocrNoticeLayout.addWidget(self.ocrLabel)


        self.pageLayout.addWidget(self.ocrNotice)

        self.splitter = QSplitter(ReviewPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.chargesPanel = QWidget(self.splitter)
        self.chargesPanel.setObjectName(u"chargesPanel")
        self.chargesPanel.setMinimumSize(QSize(360, 0))
        self.chargesLayout = QVBoxLayout(self.chargesPanel)
        self.chargesLayout.setObjectName(u"chargesLayout")
        self.chargesLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(self.chargesPanel)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(self.chargesPanel)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filterLayout.addWidget(self.filterCombo)

        self.searchEdit = QLineEdit(self.chargesPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.chargesLayout.addLayout(self.filterLayout)

        self.chargesView = QTableView(self.chargesPanel)
        self.chargesView.setObjectName(u"chargesView")
        self.chargesView.setMinimumSize(QSize(0, 120))
        self.chargesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.chargesView.setAlternatingRowColors(True)
        self.chargesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.chargesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.chargesView.setSortingEnabled(True)
        self.chargesView.setWordWrap(False)
        self.chargesView.verticalHeader().setVisible(False)

        self.chargesLayout.addWidget(self.chargesView)

        self.detailsScroll = QScrollArea(self.chargesPanel)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setMinimumSize(QSize(0, 70))
        self.detailsScroll.setFrameShape(QFrame.NoFrame)
        self.detailsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.detailsScroll.setWidgetResizable(True)
        self.detailsContents = QWidget()
        self.detailsContents.setObjectName(u"detailsContents")
        self.detailsLayout = QVBoxLayout(self.detailsContents)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsLabel = QLabel(self.detailsContents)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.RichText)
        self.detailsLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.detailsLabel)

        self.detailsScroll.setWidget(self.detailsContents)

        self.chargesLayout.addWidget(self.detailsScroll)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.disputeAllButton = QPushButton(self.chargesPanel)
        self.disputeAllButton.setObjectName(u"disputeAllButton")

        self.actionsLayout.addWidget(self.disputeAllButton)

        self.clearButton = QPushButton(self.chargesPanel)
        self.clearButton.setObjectName(u"clearButton")

        self.actionsLayout.addWidget(self.clearButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.chargesLayout.addLayout(self.actionsLayout)

        self.totalLabel = QLabel(self.chargesPanel)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.chargesLayout.addWidget(self.totalLabel)

        self.chargesLayout.setStretch(1, 3)
        self.chargesLayout.setStretch(2, 2)
        self.splitter.addWidget(self.chargesPanel)
        self.pagePanel = QWidget(self.splitter)
        self.pagePanel.setObjectName(u"pagePanel")
        self.pagePanel.setMinimumSize(QSize(280, 0))
        self.pagePanelLayout = QVBoxLayout(self.pagePanel)
        self.pagePanelLayout.setObjectName(u"pagePanelLayout")
        self.pagePanelLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.pagePanel)

        self.pageLayout.addWidget(self.splitter)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.busyBar = QProgressBar(ReviewPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(160, 16777215))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.statusLayout.addWidget(self.busyBar)

        self.statusIcon = QLabel(ReviewPage)
        self.statusIcon.setObjectName(u"statusIcon")
        self.statusIcon.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.statusLayout.addWidget(self.statusIcon)

        self.statusLabel = QLabel(ReviewPage)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.statusLayout.addWidget(self.statusLabel)


        self.pageLayout.addLayout(self.statusLayout)

        self.pageLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.failedButton, self.filterCombo)
        QWidget.setTabOrder(self.filterCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.chargesView)
        QWidget.setTabOrder(self.chargesView, self.disputeAllButton)
        QWidget.setTabOrder(self.disputeAllButton, self.clearButton)

        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        ReviewPage.setTitle(QCoreApplication.translate("ReviewPage", u"Check the charges", None))
        ReviewPage.setSubTitle(QCoreApplication.translate("ReviewPage", u"Ticked charges are the ones you will ask to be refunded. Click a line to see it on your bill.", None))
        self.summaryBox.setTitle(QCoreApplication.translate("ReviewPage", u"What KKO Guard found", None))
#if QT_CONFIG(accessibility)
        self.ocrNotice.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Bills read from a photo or a scan", None))
#endif // QT_CONFIG(accessibility)
        self.filterLabel.setText(QCoreApplication.translate("ReviewPage", u"S&how:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReviewPage", u"Search a word or a company", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Search the charges", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chargesView.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Charges found on your bills", None))
#endif // QT_CONFIG(accessibility)
        self.disputeAllButton.setText(QCoreApplication.translate("ReviewPage", u"&Dispute all suspicious", None))
        self.clearButton.setText(QCoreApplication.translate("ReviewPage", u"&Untick all", None))
    # retranslateUi
