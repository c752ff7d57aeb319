# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_date_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LetterDateDialog(object):
    def setupUi(self, LetterDateDialog):
        if not LetterDateDialog.objectName():
            LetterDateDialog.setObjectName(u"LetterDateDialog")
        LetterDateDialog.resize(520, 280)
        LetterDateDialog.setMinimumSize(QSize(440, 160))
        self.dialogLayout = QVBoxLayout(LetterDateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.promptLabel = QLabel(LetterDateDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"\u2014")
        self.promptLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.promptLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(LetterDateDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LetterDateDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMinimumSize(QSize(180, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.trackingLabel = QLabel(LetterDateDialog)
        self.trackingLabel.setObjectName(u"trackingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trackingLabel)

        self.trackingEdit = QLineEdit(LetterDateDialog)
        self.trackingEdit.setObjectName(u"trackingEdit")
        self.trackingEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trackingEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(LetterDateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.trackingLabel.setBuddy(self.trackingEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.trackingEdit)

        self.retranslateUi(LetterDateDialog)

        QMetaObject.connectSlotsByName(LetterDateDialog)
    # setupUi

    def retranslateUi(self, LetterDateDialog):
        self.dateLabel.setText(QCoreApplication.translate("LetterDateDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("LetterDateDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.trackingLabel.setText(QCoreApplication.translate("LetterDateDialog", u"&Registered letter number (optional):", None))
#if QT_CONFIG(accessibility)
        self.trackingEdit.setAccessibleName(QCoreApplication.translate("LetterDateDialog", u"Registered letter number", None))
#endif // QT_CONFIG(accessibility)
        self.trackingEdit.setPlaceholderText(QCoreApplication.translate("LetterDateDialog", u"For example: 1A 123 456 7890 1", None))
        pass
    # retranslateUi
