# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QSizePolicy, QTabWidget,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(720, 620)
        AboutDialog.setMinimumSize(QSize(480, 420))
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setText(u"")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"KKO Guard")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"\u2014")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.versionLabel)

        self.whatLabel = QLabel(AboutDialog)
        self.whatLabel.setObjectName(u"whatLabel")
        self.whatLabel.setWordWrap(True)

        self.textLayout.addWidget(self.whatLabel)

        self.offlineLabel = QLabel(AboutDialog)
        self.offlineLabel.setObjectName(u"offlineLabel")
        self.offlineLabel.setWordWrap(True)

        self.textLayout.addWidget(self.offlineLabel)

        self.licenceLabel = QLabel(AboutDialog)
        self.licenceLabel.setObjectName(u"licenceLabel")
        self.licenceLabel.setWordWrap(True)

        self.textLayout.addWidget(self.licenceLabel)


        self.headerLayout.addLayout(self.textLayout)


        self.dialogLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(AboutDialog)
        self.tabs.setObjectName(u"tabs")
        self.licenceTab = QWidget()
        self.licenceTab.setObjectName(u"licenceTab")
        self.licenceLayout = QVBoxLayout(self.licenceTab)
        self.licenceLayout.setObjectName(u"licenceLayout")
        self.licenceText = QTextBrowser(self.licenceTab)
        self.licenceText.setObjectName(u"licenceText")
        self.licenceText.setOpenExternalLinks(True)

        self.licenceLayout.addWidget(self.licenceText)

        self.tabs.addTab(self.licenceTab, "")
        self.noticesTab = QWidget()
        self.noticesTab.setObjectName(u"noticesTab")
        self.noticesLayout = QVBoxLayout(self.noticesTab)
        self.noticesLayout.setObjectName(u"noticesLayout")
        self.noticesText = QTextBrowser(self.noticesTab)
        self.noticesText.setObjectName(u"noticesText")
        self.noticesText.setOpenExternalLinks(True)

        self.noticesLayout.addWidget(self.noticesText)

        self.tabs.addTab(self.noticesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.languageLabel = QLabel(AboutDialog)
        self.languageLabel.setObjectName(u"languageLabel")
        self.languageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.languageLabel)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About KKO Guard", None))
        self.whatLabel.setText(QCoreApplication.translate("AboutDialog", u"KKO Guard finds the charges billed by other companies on your phone and internet bills (Internet+, SMS+, Gallery\u2026) and helps you get your money back.", None))
        self.offlineLabel.setText(QCoreApplication.translate("AboutDialog", u"It never uses the internet: your bills, letters and notes stay on this computer, in an encrypted dossier.", None))
        self.licenceLabel.setText(QCoreApplication.translate("AboutDialog", u"KKO Guard is free software: you may use it, share it and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty. It is built on other free software: see \u201cOther software used\u201d below.", None))
#if QT_CONFIG(accessibility)
        self.licenceText.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licence of KKO Guard", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.licenceTab), QCoreApplication.translate("AboutDialog", u"&Licence", None))
#if QT_CONFIG(accessibility)
        self.noticesText.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Other software used by KKO Guard and their licences", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.noticesTab), QCoreApplication.translate("AboutDialog", u"&Other software used", None))
        self.languageLabel.setText(QCoreApplication.translate("AboutDialog", u"These legal texts are in English, their original language.", None))
    # retranslateUi
