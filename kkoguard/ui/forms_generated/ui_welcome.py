# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.setMinimumSize(QSize(560, 460))
        self.dialogLayout = QVBoxLayout(WelcomeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 24, 24, 20)
        self.pages = QStackedWidget(WelcomeDialog)
        self.pages.setObjectName(u"pages")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setSpacing(14)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeHeader = QHBoxLayout()
        self.welcomeHeader.setSpacing(14)
        self.welcomeHeader.setObjectName(u"welcomeHeader")
        self.appIcon = QLabel(self.welcomePage)
        self.appIcon.setObjectName(u"appIcon")

        self.welcomeHeader.addWidget(self.appIcon)

        self.welcomeTitle = QLabel(self.welcomePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.welcomeTitle.sizePolicy().hasHeightForWidth())
        self.welcomeTitle.setSizePolicy(sizePolicy)
        self.welcomeTitle.setWordWrap(True)

        self.welcomeHeader.addWidget(self.welcomeTitle)


        self.welcomeLayout.addLayout(self.welcomeHeader)

        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.privacyRow = QHBoxLayout()
        self.privacyRow.setSpacing(10)
        self.privacyRow.setObjectName(u"privacyRow")
        self.privacyIcon = QLabel(self.welcomePage)
        self.privacyIcon.setObjectName(u"privacyIcon")
        self.privacyIcon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.privacyRow.addWidget(self.privacyIcon)

        self.privacyText = QLabel(self.welcomePage)
        self.privacyText.setObjectName(u"privacyText")
        sizePolicy.setHeightForWidth(self.privacyText.sizePolicy().hasHeightForWidth())
        self.privacyText.setSizePolicy(sizePolicy)
        self.privacyText.setWordWrap(True)

        self.privacyRow.addWidget(self.privacyText)


        self.welcomeLayout.addLayout(self.privacyRow)

        self.nextText = QLabel(self.welcomePage)
        self.nextText.setObjectName(u"nextText")
        self.nextText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.nextText)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        self.welcomeButtons = QHBoxLayout()
        self.welcomeButtons.setObjectName(u"welcomeButtons")
        self.quitButton = QPushButton(self.welcomePage)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setMinimumSize(QSize(110, 36))
        self.quitButton.setAutoDefault(False)

        self.welcomeButtons.addWidget(self.quitButton)

        self.welcomeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcomeButtons.addItem(self.welcomeButtonsSpacer)

        self.createButton = QPushButton(self.welcomePage)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setMinimumSize(QSize(0, 40))

        self.welcomeButtons.addWidget(self.createButton)


        self.welcomeLayout.addLayout(self.welcomeButtons)

        self.pages.addWidget(self.welcomePage)
        self.passphrasePage = QWidget()
        self.passphrasePage.setObjectName(u"passphrasePage")
        self.passphraseLayout = QVBoxLayout(self.passphrasePage)
        self.passphraseLayout.setSpacing(12)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseTitle = QLabel(self.passphrasePage)
        self.passphraseTitle.setObjectName(u"passphraseTitle")
        self.passphraseTitle.setWordWrap(True)

        self.passphraseLayout.addWidget(self.passphraseTitle)

        self.passphraseIntro = QLabel(self.passphrasePage)
        self.passphraseIntro.setObjectName(u"passphraseIntro")
        self.passphraseIntro.setWordWrap(True)

        self.passphraseLayout.addWidget(self.passphraseIntro)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphraseForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphraseLabel = QLabel(self.passphrasePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphrasePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(self.passphrasePage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.passphrasePage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.showPassphrase = QCheckBox(self.passphrasePage)
        self.showPassphrase.setObjectName(u"showPassphrase")

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.showPassphrase)


        self.passphraseLayout.addLayout(self.passphraseForm)

        self.passphraseHint = QLabel(self.passphrasePage)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setWordWrap(True)

        self.passphraseLayout.addWidget(self.passphraseHint)

        self.passphraseErrorRow = QHBoxLayout()
        self.passphraseErrorRow.setObjectName(u"passphraseErrorRow")
        self.passphraseErrorIcon = QLabel(self.passphrasePage)
        self.passphraseErrorIcon.setObjectName(u"passphraseErrorIcon")
        self.passphraseErrorIcon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.passphraseErrorRow.addWidget(self.passphraseErrorIcon)

        self.passphraseError = QLabel(self.passphrasePage)
        self.passphraseError.setObjectName(u"passphraseError")
        sizePolicy.setHeightForWidth(self.passphraseError.sizePolicy().hasHeightForWidth())
        self.passphraseError.setSizePolicy(sizePolicy)
        self.passphraseError.setWordWrap(True)

        self.passphraseErrorRow.addWidget(self.passphraseError)


        self.passphraseLayout.addLayout(self.passphraseErrorRow)

        self.passphraseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passphraseLayout.addItem(self.passphraseSpacer)

        self.passphraseButtons = QHBoxLayout()
        self.passphraseButtons.setObjectName(u"passphraseButtons")
        self.passphraseQuitButton = QPushButton(self.passphrasePage)
        self.passphraseQuitButton.setObjectName(u"passphraseQuitButton")
        self.passphraseQuitButton.setMinimumSize(QSize(110, 36))
        self.passphraseQuitButton.setAutoDefault(False)

        self.passphraseButtons.addWidget(self.passphraseQuitButton)

        self.passphraseButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passphraseButtons.addItem(self.passphraseButtonsSpacer)

        self.passphraseCreateButton = QPushButton(self.passphrasePage)
        self.passphraseCreateButton.setObjectName(u"passphraseCreateButton")
        self.passphraseCreateButton.setMinimumSize(QSize(0, 40))

        self.passphraseButtons.addWidget(self.passphraseCreateButton)


        self.passphraseLayout.addLayout(self.passphraseButtons)

        self.pages.addWidget(self.passphrasePage)
        self.workingPage = QWidget()
        self.workingPage.setObjectName(u"workingPage")
        self.workingLayout = QVBoxLayout(self.workingPage)
        self.workingLayout.setObjectName(u"workingLayout")
        self.workingTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workingLayout.addItem(self.workingTopSpacer)

        self.workingLabel = QLabel(self.workingPage)
        self.workingLabel.setObjectName(u"workingLabel")
        self.workingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.workingLabel.setWordWrap(True)

        self.workingLayout.addWidget(self.workingLabel)

        self.workingBar = QProgressBar(self.workingPage)
        self.workingBar.setObjectName(u"workingBar")
        self.workingBar.setMaximum(0)
        self.workingBar.setTextVisible(False)

        self.workingLayout.addWidget(self.workingBar)

        self.workingBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workingLayout.addItem(self.workingBottomSpacer)

        self.pages.addWidget(self.workingPage)
        self.recoveryPage = QWidget()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setSpacing(12)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryTitle = QLabel(self.recoveryPage)
        self.recoveryTitle.setObjectName(u"recoveryTitle")
        self.recoveryTitle.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryTitle)

        self.recoveryIntro = QLabel(self.recoveryPage)
        self.recoveryIntro.setObjectName(u"recoveryIntro")
        self.recoveryIntro.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryIntro)

        self.recoveryKey = QLabel(self.recoveryPage)
        self.recoveryKey.setObjectName(u"recoveryKey")
        self.recoveryKey.setFrameShape(QFrame.Shape.StyledPanel)
        self.recoveryKey.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryKey.setWordWrap(True)
        self.recoveryKey.setMargin(14)
        self.recoveryKey.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.recoveryKey)

        self.recoveryActions = QHBoxLayout()
        self.recoveryActions.setObjectName(u"recoveryActions")
        self.printButton = QPushButton(self.recoveryPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setMinimumSize(QSize(110, 36))
        self.printButton.setAutoDefault(False)

        self.recoveryActions.addWidget(self.printButton)

        self.savePdfButton = QPushButton(self.recoveryPage)
        self.savePdfButton.setObjectName(u"savePdfButton")
        self.savePdfButton.setMinimumSize(QSize(110, 36))
        self.savePdfButton.setAutoDefault(False)

        self.recoveryActions.addWidget(self.savePdfButton)

        self.recoveryActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryActions.addItem(self.recoveryActionsSpacer)


        self.recoveryLayout.addLayout(self.recoveryActions)

        self.recoveryStatus = QLabel(self.recoveryPage)
        self.recoveryStatus.setObjectName(u"recoveryStatus")
        self.recoveryStatus.setWordWrap(True)
        self.recoveryStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.recoveryStatus)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        self.confirmCheck = QCheckBox(self.recoveryPage)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.recoveryLayout.addWidget(self.confirmCheck)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.recoveryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoveryButtonsSpacer)

        self.continueButton = QPushButton(self.recoveryPage)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setEnabled(False)
        self.continueButton.setMinimumSize(QSize(0, 40))

        self.recoveryButtons.addWidget(self.continueButton)


        self.recoveryLayout.addLayout(self.recoveryButtons)

        self.pages.addWidget(self.recoveryPage)

        self.dialogLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.createButton, self.quitButton)
        QWidget.setTabOrder(self.quitButton, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.showPassphrase)
        QWidget.setTabOrder(self.showPassphrase, self.passphraseCreateButton)
        QWidget.setTabOrder(self.passphraseCreateButton, self.passphraseQuitButton)
        QWidget.setTabOrder(self.passphraseQuitButton, self.recoveryKey)
        QWidget.setTabOrder(self.recoveryKey, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.confirmCheck)
        QWidget.setTabOrder(self.confirmCheck, self.continueButton)

        self.retranslateUi(WelcomeDialog)

        self.createButton.setDefault(True)
        self.passphraseCreateButton.setDefault(True)
        self.continueButton.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to KKO Guard", None))
#if QT_CONFIG(accessibility)
        self.appIcon.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"KKO Guard", None))
#endif // QT_CONFIG(accessibility)
        self.welcomeTitle.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to KKO Guard", None))
        self.welcomeText.setText(QCoreApplication.translate("WelcomeDialog", u"KKO Guard reads your phone and internet bills and finds the charges billed by other companies (Internet+, SMS+, Gallery\u2026). It explains each suspicious charge and shows you how to block these services. It prepares the letters to get your money back and reminds you of the deadlines.", None))
        self.privacyText.setText(QCoreApplication.translate("WelcomeDialog", u"Everything stays on this computer. Your bills, letters and notes are kept in an encrypted dossier that only you can open. Nothing is sent over the internet.", None))
        self.nextText.setText(QCoreApplication.translate("WelcomeDialog", u"Next, you will get a recovery key: a code that opens your dossier if anything goes wrong. Have a printer, or a pen and paper, ready.", None))
        self.quitButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Quit", None))
        self.createButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Create my dossier", None))
        self.passphraseTitle.setText(QCoreApplication.translate("WelcomeDialog", u"Choose a passphrase", None))
        self.passphraseIntro.setText(QCoreApplication.translate("WelcomeDialog", u"This computer has no keyring where KKO Guard could keep the key of your dossier. Choose a passphrase instead: you will type it each time you open KKO Guard.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Type it &again:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Passphrase, again", None))
#endif // QT_CONFIG(accessibility)
        self.showPassphrase.setText(QCoreApplication.translate("WelcomeDialog", u"&Show what I type", None))
        self.passphraseQuitButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Quit", None))
        self.passphraseCreateButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Create my dossier", None))
        self.workingLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Creating your encrypted dossier\u2026", None))
#if QT_CONFIG(accessibility)
        self.workingBar.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Creating your encrypted dossier", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryTitle.setText(QCoreApplication.translate("WelcomeDialog", u"Your recovery key", None))
        self.recoveryIntro.setText(QCoreApplication.translate("WelcomeDialog", u"Your dossier is ready. If you forget your passphrase or this computer's keyring is reset, this key is the only way to open it. Print it or write it down now, and keep the paper somewhere safe, away from the computer. It will not be shown again.", None))
#if QT_CONFIG(accessibility)
        self.recoveryKey.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("WelcomeDialog", u"Save as P&DF\u2026", None))
        self.confirmCheck.setText(QCoreApplication.translate("WelcomeDialog", u"I have &written down or printed my recovery key", None))
        self.continueButton.setText(QCoreApplication.translate("WelcomeDialog", u"C&ontinue", None))
    # retranslateUi
