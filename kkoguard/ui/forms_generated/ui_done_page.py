# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'done_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_DonePage(object):
    def setupUi(self, DonePage):
        if not DonePage.objectName():
            DonePage.setObjectName(u"DonePage")
        DonePage.resize(760, 520)
        self.pageLayout = QVBoxLayout(DonePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.savedGroup = QGroupBox(DonePage)
        self.savedGroup.setObjectName(u"savedGroup")
        self.savedLayout = QFormLayout(self.savedGroup)
        self.savedLayout.setObjectName(u"savedLayout")
        self.savedLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.savedLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.caseLabel = QLabel(self.savedGroup)
        self.caseLabel.setObjectName(u"caseLabel")

        self.savedLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseLabel)

        self.caseValue = QLabel(self.savedGroup)
        self.caseValue.setObjectName(u"caseValue")
        self.caseValue.setWordWrap(True)
        self.caseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.savedLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseValue)

        self.billsLabel = QLabel(self.savedGroup)
        self.billsLabel.setObjectName(u"billsLabel")

        self.savedLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.billsLabel)

        self.billsValue = QLabel(self.savedGroup)
        self.billsValue.setObjectName(u"billsValue")
        self.billsValue.setWordWrap(True)

        self.savedLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.billsValue)

        self.totalLabel = QLabel(self.savedGroup)
        self.totalLabel.setObjectName(u"totalLabel")

        self.savedLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.totalValue = QLabel(self.savedGroup)
        self.totalValue.setObjectName(u"totalValue")
        self.totalValue.setWordWrap(True)
        self.totalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.savedLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.totalValue)

        self.lettersLabel = QLabel(self.savedGroup)
        self.lettersLabel.setObjectName(u"lettersLabel")

        self.savedLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lettersLabel)

        self.lettersValue = QLabel(self.savedGroup)
        self.lettersValue.setObjectName(u"lettersValue")
        self.lettersValue.setWordWrap(True)
        self.lettersValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.savedLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lettersValue)


        self.pageLayout.addWidget(self.savedGroup)

        self.printGroup = QGroupBox(DonePage)
        self.printGroup.setObjectName(u"printGroup")
        self.printLayout = QGridLayout(self.printGroup)
        self.printLayout.setObjectName(u"printLayout")
        self.printLetterButton = QPushButton(self.printGroup)
        self.printLetterButton.setObjectName(u"printLetterButton")

        self.printLayout.addWidget(self.printLetterButton, 0, 0, 1, 1)

        self.saveLetterButton = QPushButton(self.printGroup)
        self.saveLetterButton.setObjectName(u"saveLetterButton")

        self.printLayout.addWidget(self.saveLetterButton, 0, 1, 1, 1)

        self.printCopiesButton = QPushButton(self.printGroup)
        self.printCopiesButton.setObjectName(u"printCopiesButton")

        self.printLayout.addWidget(self.printCopiesButton, 1, 0, 1, 1)

        self.saveCopiesButton = QPushButton(self.printGroup)
        self.saveCopiesButton.setObjectName(u"saveCopiesButton")

        self.printLayout.addWidget(self.saveCopiesButton, 1, 1, 1, 1)

        self.printStatus = QLabel(self.printGroup)
        self.printStatus.setObjectName(u"printStatus")
        self.printStatus.setWordWrap(True)
        self.printStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.printLayout.addWidget(self.printStatus, 2, 0, 1, 2)


        self.pageLayout.addWidget(self.printGroup)

        self.nextGroup = QGroupBox(DonePage)
        self.nextGroup.setObjectName(u"nextGroup")
        self.nextLayout = QVBoxLayout(self.nextGroup)
        self.nextLayout.setObjectName(u"nextLayout")
        self.urgentBox = QWidget(self.nextGroup)
        self.urgentBox.setObjectName(u"urgentBox")
        self.urgentBox.setVisible(False)
        self.urgentLayout = QHBoxLayout(self.urgentBox)
        self.urgentLayout.setObjectName(u"urgentLayout")
        self.urgentLayout.setContentsMargins(0, 0, 0, 0)
        self.urgentIcon = QLabel(self.urgentBox)
        self.urgentIcon.setObjectName(u"urgentIcon")

        self.urgentLayout.addWidget(self.urgentIcon)

        self.urgentLabel = QLabel(self.urgentBox)
        self.urgentLabel.setObjectName(u"urgentLabel")
        self.urgentLabel.setWordWrap(True)

        self.urgentLayout.addWidget(self.urgentLabel)

        self.urgentLayout.setStretch(1, 1)

        self.nextLayout.addWidget(self.urgentBox)

        self.actionLabel = QLabel(self.nextGroup)
        self.actionLabel.setObjectName(u"actionLabel")
        self.actionLabel.setWordWrap(True)
        self.actionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nextLayout.addWidget(self.actionLabel)

        self.byLabel = QLabel(self.nextGroup)
        self.byLabel.setObjectName(u"byLabel")
        self.byLabel.setWordWrap(True)
        self.byLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nextLayout.addWidget(self.byLabel)

        self.whyLabel = QLabel(self.nextGroup)
        self.whyLabel.setObjectName(u"whyLabel")
        self.whyLabel.setWordWrap(True)
        self.whyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nextLayout.addWidget(self.whyLabel)


        self.pageLayout.addWidget(self.nextGroup)

        self.errorLabel = QLabel(DonePage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.pageLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openDossierButton = QPushButton(DonePage)
        self.openDossierButton.setObjectName(u"openDossierButton")

        self.buttonsLayout.addWidget(self.openDossierButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.finishHint = QLabel(DonePage)
        self.finishHint.setObjectName(u"finishHint")
        self.finishHint.setWordWrap(True)

        self.pageLayout.addWidget(self.finishHint)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(DonePage)

        QMetaObject.connectSlotsByName(DonePage)
    # setupUi

    def retranslateUi(self, DonePage):
        DonePage.setTitle(QCoreApplication.translate("DonePage", u"All saved", None))
        DonePage.setSubTitle(QCoreApplication.translate("DonePage", u"Here is what your dossier now holds, and what to do next.", None))
        self.savedGroup.setTitle(QCoreApplication.translate("DonePage", u"Saved in your dossier", None))
        self.caseLabel.setText(QCoreApplication.translate("DonePage", u"Case:", None))
        self.billsLabel.setText(QCoreApplication.translate("DonePage", u"Bills:", None))
        self.totalLabel.setText(QCoreApplication.translate("DonePage", u"Amount disputed:", None))
        self.lettersLabel.setText(QCoreApplication.translate("DonePage", u"Letters:", None))
        self.printGroup.setTitle(QCoreApplication.translate("DonePage", u"Your letter and the copies to send with it", None))
        self.printLetterButton.setText(QCoreApplication.translate("DonePage", u"&Print the letter\u2026", None))
        self.saveLetterButton.setText(QCoreApplication.translate("DonePage", u"&Save the letter as PDF\u2026", None))
        self.printCopiesButton.setText(QCoreApplication.translate("DonePage", u"Print the bill &copies\u2026", None))
#if QT_CONFIG(tooltip)
        self.printCopiesButton.setToolTip(QCoreApplication.translate("DonePage", u"The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.", None))
#endif // QT_CONFIG(tooltip)
        self.saveCopiesButton.setText(QCoreApplication.translate("DonePage", u"Save the bill copies as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveCopiesButton.setToolTip(QCoreApplication.translate("DonePage", u"The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.", None))
#endif // QT_CONFIG(tooltip)
        self.nextGroup.setTitle(QCoreApplication.translate("DonePage", u"What to do next", None))
        self.urgentLabel.setText(QCoreApplication.translate("DonePage", u"Urgent: a time limit is near or has passed.", None))
        self.openDossierButton.setText(QCoreApplication.translate("DonePage", u"&Open my dossier", None))
        self.finishHint.setText(QCoreApplication.translate("DonePage", u"Click Finish to see this case in your dossier. Everything is kept there: you can come back to it at any time.", None))
    # retranslateUi
