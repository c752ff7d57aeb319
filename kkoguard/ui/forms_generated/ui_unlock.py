# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(UnlockDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 22, 24, 20)
        self.header = QHBoxLayout()
        self.header.setSpacing(12)
        self.header.setObjectName(u"header")
        self.lockIcon = QLabel(UnlockDialog)
        self.lockIcon.setObjectName(u"lockIcon")

        self.header.addWidget(self.lockIcon)

        self.titleLabel = QLabel(UnlockDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setWordWrap(True)

        self.header.addWidget(self.titleLabel)


        self.dialogLayout.addLayout(self.header)

        self.protectionLabel = QLabel(UnlockDialog)
        self.protectionLabel.setObjectName(u"protectionLabel")
        self.protectionLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.protectionLabel)

        self.messageRow = QHBoxLayout()
        self.messageRow.setSpacing(10)
        self.messageRow.setObjectName(u"messageRow")
        self.messageIcon = QLabel(UnlockDialog)
        self.messageIcon.setObjectName(u"messageIcon")
        self.messageIcon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.messageRow.addWidget(self.messageIcon)

        self.messageLabel = QLabel(UnlockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageRow.addWidget(self.messageLabel)


        self.dialogLayout.addLayout(self.messageRow)

        self.secretLabel = QLabel(UnlockDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.dialogLayout.addWidget(self.secretLabel)

        self.secretEdit = QLineEdit(UnlockDialog)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setMinimumSize(QSize(0, 32))
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.dialogLayout.addWidget(self.secretEdit)

        self.showSecret = QCheckBox(UnlockDialog)
        self.showSecret.setObjectName(u"showSecret")

        self.dialogLayout.addWidget(self.showSecret)

        self.busyBar = QProgressBar(UnlockDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.busyBar)

        self.dialogSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.quitButton = QPushButton(UnlockDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setMinimumSize(QSize(100, 36))
        self.quitButton.setAutoDefault(False)

        self.buttons.addWidget(self.quitButton)

        self.keyringButton = QPushButton(UnlockDialog)
        self.keyringButton.setObjectName(u"keyringButton")
        self.keyringButton.setMinimumSize(QSize(100, 36))
        self.keyringButton.setAutoDefault(False)

        self.buttons.addWidget(self.keyringButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.openButton = QPushButton(UnlockDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setMinimumSize(QSize(120, 36))

        self.buttons.addWidget(self.openButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.secretLabel.setBuddy(self.secretEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.secretEdit, self.showSecret)
        QWidget.setTabOrder(self.showSecret, self.openButton)
        QWidget.setTabOrder(self.openButton, self.keyringButton)
        QWidget.setTabOrder(self.keyringButton, self.quitButton)

        self.retranslateUi(UnlockDialog)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Open your dossier \u2013 KKO Guard", None))
#if QT_CONFIG(accessibility)
        self.lockIcon.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Encrypted dossier", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("UnlockDialog", u"Open your dossier", None))
        self.secretLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase or recovery key:", None))
#if QT_CONFIG(accessibility)
        self.secretEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase or recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.showSecret.setText(QCoreApplication.translate("UnlockDialog", u"&Show what I type", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Opening the dossier", None))
#endif // QT_CONFIG(accessibility)
        self.quitButton.setText(QCoreApplication.translate("UnlockDialog", u"&Quit", None))
        self.keyringButton.setText(QCoreApplication.translate("UnlockDialog", u"&Try again", None))
        self.openButton.setText(QCoreApplication.translate("UnlockDialog", u"&Open", None))
    # retranslateUi
