# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(620, 480)
        EntryDialog.setMinimumSize(QSize(520, 460))
        self.dialogLayout = QVBoxLayout(EntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(EntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(EntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(EntryDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMinimumSize(QSize(180, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.channelLabel = QLabel(EntryDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(EntryDialog)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setMinimumSize(QSize(260, 0))
        sizePolicy.setHeightForWidth(self.channelCombo.sizePolicy().hasHeightForWidth())
        self.channelCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.directionLabel = QLabel(EntryDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionBox = QWidget(EntryDialog)
        self.directionBox.setObjectName(u"directionBox")
        self.directionLayout = QVBoxLayout(self.directionBox)
        self.directionLayout.setObjectName(u"directionLayout")
        self.directionLayout.setContentsMargins(0, 0, 0, 0)
        self.outgoingRadio = QRadioButton(self.directionBox)
        self.outgoingRadio.setObjectName(u"outgoingRadio")
        self.outgoingRadio.setChecked(True)

        self.directionLayout.addWidget(self.outgoingRadio)

        self.incomingRadio = QRadioButton(self.directionBox)
        self.incomingRadio.setObjectName(u"incomingRadio")

        self.directionLayout.addWidget(self.incomingRadio)


        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directionBox)

        self.partyLabel = QLabel(EntryDialog)
        self.partyLabel.setObjectName(u"partyLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.partyCombo = QComboBox(EntryDialog)
        self.partyCombo.setObjectName(u"partyCombo")
        self.partyCombo.setMinimumSize(QSize(260, 0))
        sizePolicy.setHeightForWidth(self.partyCombo.sizePolicy().hasHeightForWidth())
        self.partyCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partyCombo)

        self.whoLabel = QLabel(EntryDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoEdit = QLineEdit(EntryDialog)
        self.whoEdit.setObjectName(u"whoEdit")
        self.whoEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.whoEdit)

        self.summaryLabel = QLabel(EntryDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(EntryDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMinimumSize(QSize(0, 110))
        self.summaryEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.attachmentLabel = QLabel(EntryDialog)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentLayout = QHBoxLayout()
        self.attachmentLayout.setObjectName(u"attachmentLayout")
        self.attachmentName = QLabel(EntryDialog)
        self.attachmentName.setObjectName(u"attachmentName")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.attachmentName.sizePolicy().hasHeightForWidth())
        self.attachmentName.setSizePolicy(sizePolicy1)
        self.attachmentName.setWordWrap(True)

        self.attachmentLayout.addWidget(self.attachmentName)

        self.chooseButton = QPushButton(EntryDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.attachmentLayout.addWidget(self.chooseButton)

        self.removeButton = QPushButton(EntryDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.attachmentLayout.addWidget(self.removeButton)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.attachmentLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.partyLabel.setBuddy(self.partyCombo)
        self.whoLabel.setBuddy(self.whoEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.outgoingRadio)
        QWidget.setTabOrder(self.outgoingRadio, self.incomingRadio)
        QWidget.setTabOrder(self.incomingRadio, self.partyCombo)
        QWidget.setTabOrder(self.partyCombo, self.whoEdit)
        QWidget.setTabOrder(self.whoEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.removeButton)

        self.retranslateUi(EntryDialog)

        QMetaObject.connectSlotsByName(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"Add a call, email or answer", None))
        self.introLabel.setText(QCoreApplication.translate("EntryDialog", u"Write down each call, email, letter or answer, with its date. If you go to the mediator, these dates show what you have already tried.", None))
        self.dateLabel.setText(QCoreApplication.translate("EntryDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("EntryDialog", u"&How:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"How", None))
#endif // QT_CONFIG(accessibility)
        self.directionLabel.setText(QCoreApplication.translate("EntryDialog", u"Who made contact:", None))
#if QT_CONFIG(accessibility)
        self.directionBox.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Who made contact", None))
#endif // QT_CONFIG(accessibility)
        self.outgoingRadio.setText(QCoreApplication.translate("EntryDialog", u"I &contacted them", None))
        self.incomingRadio.setText(QCoreApplication.translate("EntryDialog", u"They &answered or contacted me", None))
        self.partyLabel.setText(QCoreApplication.translate("EntryDialog", u"&With whom:", None))
#if QT_CONFIG(accessibility)
        self.partyCombo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"With whom", None))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(QCoreApplication.translate("EntryDialog", u"&Name (optional):", None))
#if QT_CONFIG(accessibility)
        self.whoEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Name of the person or department", None))
#endif // QT_CONFIG(accessibility)
        self.whoEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"For example: Mr Martin, complaints department", None))
        self.summaryLabel.setText(QCoreApplication.translate("EntryDialog", u"What was &said:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"What was said", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"For example: they promised a refund within 30 days; reference of the call 12345.", None))
        self.attachmentLabel.setText(QCoreApplication.translate("EntryDialog", u"Attached file:", None))
        self.attachmentName.setText(QCoreApplication.translate("EntryDialog", u"None (optional)", None))
        self.chooseButton.setText(QCoreApplication.translate("EntryDialog", u"Choose a &file\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("EntryDialog", u"&Remove", None))
    # retranslateUi
