# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_HomeScreen(object):
    def setupUi(self, HomeScreen):
        if not HomeScreen.objectName():
            HomeScreen.setObjectName(u"HomeScreen")
        HomeScreen.setMinimumSize(QSize(560, 420))
        self.homeLayout = QVBoxLayout(HomeScreen)
        self.homeLayout.setSpacing(14)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLayout.setContentsMargins(28, 24, 28, 14)
        self.analyseRow = QHBoxLayout()
        self.analyseRow.setSpacing(18)
        self.analyseRow.setObjectName(u"analyseRow")
        self.analyseButton = QPushButton(HomeScreen)
        self.analyseButton.setObjectName(u"analyseButton")
        self.analyseButton.setMinimumSize(QSize(260, 56))

        self.analyseRow.addWidget(self.analyseButton)

        self.analyseHint = QLabel(HomeScreen)
        self.analyseHint.setObjectName(u"analyseHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.analyseHint.sizePolicy().hasHeightForWidth())
        self.analyseHint.setSizePolicy(sizePolicy)
        self.analyseHint.setWordWrap(True)

        self.analyseRow.addWidget(self.analyseHint)


        self.homeLayout.addLayout(self.analyseRow)

        self.casesTitleGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.homeLayout.addItem(self.casesTitleGap)

        self.casesHeader = QHBoxLayout()
        self.casesHeader.setSpacing(12)
        self.casesHeader.setObjectName(u"casesHeader")
        self.casesTitle = QLabel(HomeScreen)
        self.casesTitle.setObjectName(u"casesTitle")
        sizePolicy.setHeightForWidth(self.casesTitle.sizePolicy().hasHeightForWidth())
        self.casesTitle.setSizePolicy(sizePolicy)
        self.casesTitle.setWordWrap(True)

        self.casesHeader.addWidget(self.casesTitle)

        self.agendaButton = QPushButton(HomeScreen)
        self.agendaButton.setObjectName(u"agendaButton")
        self.agendaButton.setMinimumSize(QSize(0, 36))

        self.casesHeader.addWidget(self.agendaButton)


        self.homeLayout.addLayout(self.casesHeader)

        self.content = QStackedWidget(HomeScreen)
        self.content.setObjectName(u"content")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.content.sizePolicy().hasHeightForWidth())
        self.content.setSizePolicy(sizePolicy1)
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingLayout.setContentsMargins(0, 4, 0, 0)
        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.loadingLayout.addWidget(self.loadingLabel)

        self.content.addWidget(self.loadingPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(0, 4, 0, 0)
        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyText)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.content.addWidget(self.emptyPage)
        self.casesPage = QWidget()
        self.casesPage.setObjectName(u"casesPage")
        self.casesPageLayout = QVBoxLayout(self.casesPage)
        self.casesPageLayout.setObjectName(u"casesPageLayout")
        self.casesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.urgentBox = QWidget(self.casesPage)
        self.urgentBox.setObjectName(u"urgentBox")
        self.urgentLayout = QHBoxLayout(self.urgentBox)
        self.urgentLayout.setSpacing(8)
        self.urgentLayout.setObjectName(u"urgentLayout")
        self.urgentLayout.setContentsMargins(0, 0, 0, 0)
        self.urgentIcon = QLabel(self.urgentBox)
        self.urgentIcon.setObjectName(u"urgentIcon")
        self.urgentIcon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.urgentLayout.addWidget(self.urgentIcon)

        self.urgentHeading = QLabel(self.urgentBox)
        self.urgentHeading.setObjectName(u"urgentHeading")
        sizePolicy.setHeightForWidth(self.urgentHeading.sizePolicy().hasHeightForWidth())
        self.urgentHeading.setSizePolicy(sizePolicy)
        self.urgentHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.urgentHeading.setWordWrap(True)

        self.urgentLayout.addWidget(self.urgentHeading)


        self.casesPageLayout.addWidget(self.urgentBox)

        self.weekLabel = QLabel(self.casesPage)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.weekLabel.setWordWrap(True)
        self.weekLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.casesPageLayout.addWidget(self.weekLabel)

        self.casesScroll = QScrollArea(self.casesPage)
        self.casesScroll.setObjectName(u"casesScroll")
        self.casesScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.casesScroll.setWidgetResizable(True)
        self.casesContainer = QWidget()
        self.casesContainer.setObjectName(u"casesContainer")
        self.casesLayout = QVBoxLayout(self.casesContainer)
        self.casesLayout.setSpacing(10)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesLayout.setContentsMargins(0, 0, 4, 0)
        self.casesScroll.setWidget(self.casesContainer)

        self.casesPageLayout.addWidget(self.casesScroll)

        self.content.addWidget(self.casesPage)
        self.errorPage = QWidget()
        self.errorPage.setObjectName(u"errorPage")
        self.errorLayout = QVBoxLayout(self.errorPage)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLayout.setContentsMargins(0, 4, 0, 0)
        self.errorLabel = QLabel(self.errorPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)

        self.retryRow = QHBoxLayout()
        self.retryRow.setObjectName(u"retryRow")
        self.retryButton = QPushButton(self.errorPage)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setMinimumSize(QSize(110, 36))

        self.retryRow.addWidget(self.retryButton)

        self.retrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retryRow.addItem(self.retrySpacer)


        self.errorLayout.addLayout(self.retryRow)

        self.errorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.errorLayout.addItem(self.errorSpacer)

        self.content.addWidget(self.errorPage)

        self.homeLayout.addWidget(self.content)

        self.protectionRow = QHBoxLayout()
        self.protectionRow.setSpacing(8)
        self.protectionRow.setObjectName(u"protectionRow")
        self.protectionIcon = QLabel(HomeScreen)
        self.protectionIcon.setObjectName(u"protectionIcon")
        self.protectionIcon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.protectionRow.addWidget(self.protectionIcon)

        self.protectionLabel = QLabel(HomeScreen)
        self.protectionLabel.setObjectName(u"protectionLabel")
        sizePolicy.setHeightForWidth(self.protectionLabel.sizePolicy().hasHeightForWidth())
        self.protectionLabel.setSizePolicy(sizePolicy)
        self.protectionLabel.setWordWrap(True)

        self.protectionRow.addWidget(self.protectionLabel)


        self.homeLayout.addLayout(self.protectionRow)

        QWidget.setTabOrder(self.analyseButton, self.agendaButton)
        QWidget.setTabOrder(self.agendaButton, self.casesScroll)
        QWidget.setTabOrder(self.casesScroll, self.retryButton)

        self.retranslateUi(HomeScreen)

        self.analyseButton.setDefault(True)


        QMetaObject.connectSlotsByName(HomeScreen)
    # setupUi

    def retranslateUi(self, HomeScreen):
#if QT_CONFIG(accessibility)
        HomeScreen.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Home", None))
#endif // QT_CONFIG(accessibility)
        self.analyseButton.setText(QCoreApplication.translate("HomeScreen", u"&Analyse bills", None))
        self.analyseHint.setText(QCoreApplication.translate("HomeScreen", u"Add your phone or internet bills (PDF files, or photos and scans of paper bills): KKO Guard finds the suspicious charges and helps you get your money back.", None))
        self.casesTitle.setText(QCoreApplication.translate("HomeScreen", u"Your cases in progress", None))
#if QT_CONFIG(tooltip)
        self.agendaButton.setToolTip(QCoreApplication.translate("HomeScreen", u"Save the dates of your next steps in a file your calendar program opens, with a reminder a few days before each one.", None))
#endif // QT_CONFIG(tooltip)
        self.agendaButton.setText(QCoreApplication.translate("HomeScreen", u"Add to my &calendar\u2026", None))
        self.loadingLabel.setText(QCoreApplication.translate("HomeScreen", u"Reading your cases\u2026", None))
        self.emptyTitle.setText(QCoreApplication.translate("HomeScreen", u"You have no case yet.", None))
        self.emptyText.setText(QCoreApplication.translate("HomeScreen", u"Start with \u201cAnalyse bills\u201d: choose the PDF bills you downloaded from your operator's customer area, or photos or scans of your paper bills. KKO Guard shows you which charges look suspicious, how to block these services, and prepares your letters. Your cases will then be listed here, with what to do next.", None))
#if QT_CONFIG(accessibility)
        self.casesScroll.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Your cases in progress", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("HomeScreen", u"&Try again", None))
    # retranslateUi
