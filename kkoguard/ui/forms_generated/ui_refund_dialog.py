# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refund_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RefundDialog(object):
    def setupUi(self, RefundDialog):
        if not RefundDialog.objectName():
            RefundDialog.setObjectName(u"RefundDialog")
        RefundDialog.resize(540, 360)
        RefundDialog.setMinimumSize(QSize(460, 240))
        self.dialogLayout = QVBoxLayout(RefundDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RefundDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.remainingLabel = QLabel(RefundDialog)
        self.remainingLabel.setObjectName(u"remainingLabel")
        self.remainingLabel.setText(u"\u2014")
        self.remainingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.remainingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.amountLabel = QLabel(RefundDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(RefundDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMinimumSize(QSize(160, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.amountEdit.sizePolicy().hasHeightForWidth())
        self.amountEdit.setSizePolicy(sizePolicy)
        self.amountEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.dateLabel = QLabel(RefundDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(RefundDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMinimumSize(QSize(180, 0))
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.howLabel = QLabel(RefundDialog)
        self.howLabel.setObjectName(u"howLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.howLabel)

        self.howCombo = QComboBox(RefundDialog)
        self.howCombo.setObjectName(u"howCombo")
        self.howCombo.setMinimumSize(QSize(260, 0))
        sizePolicy.setHeightForWidth(self.howCombo.sizePolicy().hasHeightForWidth())
        self.howCombo.setSizePolicy(sizePolicy)
        self.howCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.howCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(RefundDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.settledCheck = QCheckBox(RefundDialog)
        self.settledCheck.setObjectName(u"settledCheck")

        self.dialogLayout.addWidget(self.settledCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RefundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amountEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.howLabel.setBuddy(self.howCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amountEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.howCombo)
        QWidget.setTabOrder(self.howCombo, self.settledCheck)

        self.retranslateUi(RefundDialog)

        QMetaObject.connectSlotsByName(RefundDialog)
    # setupUi

    def retranslateUi(self, RefundDialog):
        RefundDialog.setWindowTitle(QCoreApplication.translate("RefundDialog", u"Record a refund", None))
        self.introLabel.setText(QCoreApplication.translate("RefundDialog", u"Write down the money the operator gave back: a credit on a bill, a bank transfer, a cheque or a voucher.", None))
        self.amountLabel.setText(QCoreApplication.translate("RefundDialog", u"&Amount refunded (\u20ac):", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Amount refunded in euros", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("RefundDialog", u"For example: 12,50", None))
        self.dateLabel.setText(QCoreApplication.translate("RefundDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Date of the refund", None))
#endif // QT_CONFIG(accessibility)
        self.howLabel.setText(QCoreApplication.translate("RefundDialog", u"&How (optional):", None))
#if QT_CONFIG(accessibility)
        self.howCombo.setAccessibleName(QCoreApplication.translate("RefundDialog", u"How the money was given back", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText(QCoreApplication.translate("RefundDialog", u"Enter the amount in euros, for example 12,50.", None))
        self.settledCheck.setText(QCoreApplication.translate("RefundDialog", u"The case is &settled: I do not expect any more money", None))
    # retranslateUi
