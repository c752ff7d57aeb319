# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letters_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_LettersPage(object):
    def setupUi(self, LettersPage):
        if not LettersPage.objectName():
            LettersPage.setObjectName(u"LettersPage")
        LettersPage.resize(960, 620)
        self.pageLayout = QHBoxLayout(LettersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.formScroll = QScrollArea(LettersPage)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setMinimumSize(QSize(380, 0))
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.formScroll.setWidgetResizable(True)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formLayout = QVBoxLayout(self.formContents)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 6, -1)
        self.letterGroup = QGroupBox(self.formContents)
        self.letterGroup.setObjectName(u"letterGroup")
        self.letterLayout = QVBoxLayout(self.letterGroup)
        self.letterLayout.setObjectName(u"letterLayout")
        self.letterChoices = QWidget(self.letterGroup)
        self.letterChoices.setObjectName(u"letterChoices")
        self.letterChoicesLayout = QVBoxLayout(self.letterChoices)
        self.letterChoicesLayout.setObjectName(u"letterChoicesLayout")
        self.letterChoicesLayout.setContentsMargins(0, 0, 0, 0)

        self.letterLayout.addWidget(self.letterChoices)

        self.letterHint = QLabel(self.letterGroup)
        self.letterHint.setObjectName(u"letterHint")
        self.letterHint.setWordWrap(True)

        self.letterLayout.addWidget(self.letterHint)

        self.publisherBox = QWidget(self.letterGroup)
        self.publisherBox.setObjectName(u"publisherBox")
        self.publisherBox.setVisible(False)
        self.publisherLayout = QHBoxLayout(self.publisherBox)
        self.publisherLayout.setObjectName(u"publisherLayout")
        self.publisherLayout.setContentsMargins(0, 0, 0, 0)
        self.publisherLabel = QLabel(self.publisherBox)
        self.publisherLabel.setObjectName(u"publisherLabel")

        self.publisherLayout.addWidget(self.publisherLabel)

        self.publisherCombo = QComboBox(self.publisherBox)
        self.publisherCombo.setObjectName(u"publisherCombo")

        self.publisherLayout.addWidget(self.publisherCombo)

        self.publisherLayout.setStretch(1, 1)

        self.letterLayout.addWidget(self.publisherBox)


        self.formLayout.addWidget(self.letterGroup)

        self.senderGroup = QGroupBox(self.formContents)
        self.senderGroup.setObjectName(u"senderGroup")
        self.senderLayout = QFormLayout(self.senderGroup)
        self.senderLayout.setObjectName(u"senderLayout")
        self.senderLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.senderLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nameLabel = QLabel(self.senderGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.senderLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.senderGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.senderLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(self.senderGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.senderLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.senderGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMinimumSize(QSize(0, 56))
        self.addressEdit.setMaximumSize(QSize(16777215, 80))
        self.addressEdit.setTabChangesFocus(True)

        self.senderLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.placeLabel = QLabel(self.senderGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.senderLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.senderGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.senderLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.formLayout.addWidget(self.senderGroup)

        self.recipientGroup = QGroupBox(self.formContents)
        self.recipientGroup.setObjectName(u"recipientGroup")
        self.recipientLayout = QVBoxLayout(self.recipientGroup)
        self.recipientLayout.setObjectName(u"recipientLayout")
        self.originLabel = QLabel(self.recipientGroup)
        self.originLabel.setObjectName(u"originLabel")
        self.originLabel.setWordWrap(True)

        self.recipientLayout.addWidget(self.originLabel)

        self.recipientEdit = QPlainTextEdit(self.recipientGroup)
        self.recipientEdit.setObjectName(u"recipientEdit")
        self.recipientEdit.setMinimumSize(QSize(0, 64))
        self.recipientEdit.setMaximumSize(QSize(16777215, 96))
        self.recipientEdit.setTabChangesFocus(True)

        self.recipientLayout.addWidget(self.recipientEdit)

        self.warningsBox = QWidget(self.recipientGroup)
        self.warningsBox.setObjectName(u"warningsBox")
        self.warningsLayout = QVBoxLayout(self.warningsBox)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsLayout.setContentsMargins(0, 0, 0, 0)

        self.recipientLayout.addWidget(self.warningsBox)


        self.formLayout.addWidget(self.recipientGroup)

        self.sentGroup = QGroupBox(self.formContents)
        self.sentGroup.setObjectName(u"sentGroup")
        self.sentLayout = QFormLayout(self.sentGroup)
        self.sentLayout.setObjectName(u"sentLayout")
        self.sentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sentLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sentIntro = QLabel(self.sentGroup)
        self.sentIntro.setObjectName(u"sentIntro")
        self.sentIntro.setWordWrap(True)

        self.sentLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.sentIntro)

        self.trackingLabel = QLabel(self.sentGroup)
        self.trackingLabel.setObjectName(u"trackingLabel")

        self.sentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trackingLabel)

        self.trackingEdit = QLineEdit(self.sentGroup)
        self.trackingEdit.setObjectName(u"trackingEdit")
        self.trackingEdit.setPlaceholderText(u"1A 234 567 8901 2")

        self.sentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trackingEdit)

        self.sentDateLabel = QLabel(self.sentGroup)
        self.sentDateLabel.setObjectName(u"sentDateLabel")

        self.sentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sentDateLabel)

        self.sentDateEdit = QDateEdit(self.sentGroup)
        self.sentDateEdit.setObjectName(u"sentDateEdit")
        self.sentDateEdit.setCalendarPopup(True)

        self.sentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sentDateEdit)

        self.recordButton = QPushButton(self.sentGroup)
        self.recordButton.setObjectName(u"recordButton")

        self.sentLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.recordButton)

        self.sentLabel = QLabel(self.sentGroup)
        self.sentLabel.setObjectName(u"sentLabel")
        self.sentLabel.setWordWrap(True)
        self.sentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sentLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.sentLabel)


        self.formLayout.addWidget(self.sentGroup)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formContents)

        self.leftLayout.addWidget(self.formScroll)

        self.actionsGroup = QGroupBox(LettersPage)
        self.actionsGroup.setObjectName(u"actionsGroup")
        self.actionsLayout = QGridLayout(self.actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.printButton = QPushButton(self.actionsGroup)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton, 0, 0, 1, 1)

        self.saveButton = QPushButton(self.actionsGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton, 0, 1, 1, 1)

        self.printCopiesButton = QPushButton(self.actionsGroup)
        self.printCopiesButton.setObjectName(u"printCopiesButton")

        self.actionsLayout.addWidget(self.printCopiesButton, 1, 0, 1, 1)

        self.saveCopiesButton = QPushButton(self.actionsGroup)
        self.saveCopiesButton.setObjectName(u"saveCopiesButton")

        self.actionsLayout.addWidget(self.saveCopiesButton, 1, 1, 1, 1)

        self.keepButton = QPushButton(self.actionsGroup)
        self.keepButton.setObjectName(u"keepButton")

        self.actionsLayout.addWidget(self.keepButton, 2, 0, 1, 2)

        self.statusLabel = QLabel(self.actionsGroup)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actionsLayout.addWidget(self.statusLabel, 3, 0, 1, 2)

        self.errorLabel = QLabel(self.actionsGroup)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actionsLayout.addWidget(self.errorLabel, 4, 0, 1, 2)


        self.leftLayout.addWidget(self.actionsGroup)


        self.pageLayout.addLayout(self.leftLayout)

        self.previewStack = QStackedWidget(LettersPage)
        self.previewStack.setObjectName(u"previewStack")
        self.previewStack.setMinimumSize(QSize(360, 300))
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewStatus = QLabel(self.previewPage)
        self.previewStatus.setObjectName(u"previewStatus")
        self.previewStatus.setWordWrap(True)

        self.previewLayout.addWidget(self.previewStatus)

        self.previewHost = QWidget(self.previewPage)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewHostLayout = QVBoxLayout(self.previewHost)
        self.previewHostLayout.setObjectName(u"previewHostLayout")
        self.previewHostLayout.setContentsMargins(0, 0, 0, 0)

        self.previewLayout.addWidget(self.previewHost)

        self.previewStack.addWidget(self.previewPage)
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportLayout = QVBoxLayout(self.reportPage)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 0, 0, 0)
        self.reportIntro = QLabel(self.reportPage)
        self.reportIntro.setObjectName(u"reportIntro")
        self.reportIntro.setWordWrap(True)

        self.reportLayout.addWidget(self.reportIntro)

        self.reportText = QPlainTextEdit(self.reportPage)
        self.reportText.setObjectName(u"reportText")
        self.reportText.setReadOnly(True)
        self.reportText.setTabChangesFocus(True)

        self.reportLayout.addWidget(self.reportText)

        self.reportButtons = QHBoxLayout()
        self.reportButtons.setObjectName(u"reportButtons")
        self.copyReportButton = QPushButton(self.reportPage)
        self.copyReportButton.setObjectName(u"copyReportButton")

        self.reportButtons.addWidget(self.copyReportButton)

        self.reportLinkBox = QWidget(self.reportPage)
        self.reportLinkBox.setObjectName(u"reportLinkBox")
        self.reportLinkLayout = QHBoxLayout(self.reportLinkBox)
        self.reportLinkLayout.setObjectName(u"reportLinkLayout")
        self.reportLinkLayout.setContentsMargins(0, 0, 0, 0)

        self.reportButtons.addWidget(self.reportLinkBox)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportButtons.addItem(self.reportSpacer)


        self.reportLayout.addLayout(self.reportButtons)

        self.previewStack.addWidget(self.reportPage)

        self.pageLayout.addWidget(self.previewStack)

        self.pageLayout.setStretch(0, 2)
        self.pageLayout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.publisherLabel.setBuddy(self.publisherCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.trackingLabel.setBuddy(self.trackingEdit)
        self.sentDateLabel.setBuddy(self.sentDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.publisherCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.keepButton)
        QWidget.setTabOrder(self.keepButton, self.trackingEdit)
        QWidget.setTabOrder(self.trackingEdit, self.sentDateEdit)
        QWidget.setTabOrder(self.sentDateEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.reportText)
        QWidget.setTabOrder(self.reportText, self.copyReportButton)

        self.retranslateUi(LettersPage)

        QMetaObject.connectSlotsByName(LettersPage)
    # setupUi

    def retranslateUi(self, LettersPage):
        LettersPage.setTitle(QCoreApplication.translate("LettersPage", u"Your letter", None))
        LettersPage.setSubTitle(QCoreApplication.translate("LettersPage", u"Check the letter on the right, then print it, sign it and send it by registered mail with acknowledgement of receipt.", None))
        self.letterGroup.setTitle(QCoreApplication.translate("LettersPage", u"Which letter", None))
#if QT_CONFIG(accessibility)
        self.letterChoices.setAccessibleName(QCoreApplication.translate("LettersPage", u"Which letter", None))
#endif // QT_CONFIG(accessibility)
        self.publisherLabel.setText(QCoreApplication.translate("LettersPage", u"Compan&y:", None))
        self.senderGroup.setTitle(QCoreApplication.translate("LettersPage", u"From: you", None))
        self.nameLabel.setText(QCoreApplication.translate("LettersPage", u"Your na&me:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("LettersPage", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("LettersPage", u"Your &address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("LettersPage", u"Your address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("LettersPage", u"Street, then postcode and town, one per line", None))
        self.placeLabel.setText(QCoreApplication.translate("LettersPage", u"&Town where you sign:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("LettersPage", u"Town where you sign", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("LettersPage", u"Optional, for example Lyon", None))
        self.recipientGroup.setTitle(QCoreApplication.translate("LettersPage", u"To", None))
#if QT_CONFIG(accessibility)
        self.recipientEdit.setAccessibleName(QCoreApplication.translate("LettersPage", u"Recipient's address", None))
#endif // QT_CONFIG(accessibility)
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("LettersPage", u"Type the address here, as printed on your bill: one line per line", None))
        self.sentGroup.setTitle(QCoreApplication.translate("LettersPage", u"Sent by registered mail", None))
        self.sentIntro.setText(QCoreApplication.translate("LettersPage", u"Once posted, note the number on the registered-mail receipt: KKO Guard counts from that date how long the operator has to answer. You can also do it later, from your dossier.", None))
        self.trackingLabel.setText(QCoreApplication.translate("LettersPage", u"Registered-mail n&umber:", None))
#if QT_CONFIG(accessibility)
        self.trackingEdit.setAccessibleName(QCoreApplication.translate("LettersPage", u"Registered-mail number", None))
#endif // QT_CONFIG(accessibility)
        self.sentDateLabel.setText(QCoreApplication.translate("LettersPage", u"Posted &on:", None))
#if QT_CONFIG(accessibility)
        self.sentDateEdit.setAccessibleName(QCoreApplication.translate("LettersPage", u"Date posted", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("LettersPage", u"&Record as sent", None))
        self.actionsGroup.setTitle(QCoreApplication.translate("LettersPage", u"Print and keep", None))
        self.printButton.setText(QCoreApplication.translate("LettersPage", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("LettersPage", u"&Save as PDF\u2026", None))
        self.printCopiesButton.setText(QCoreApplication.translate("LettersPage", u"Print the bill &copies\u2026", None))
#if QT_CONFIG(tooltip)
        self.printCopiesButton.setToolTip(QCoreApplication.translate("LettersPage", u"The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.", None))
#endif // QT_CONFIG(tooltip)
        self.saveCopiesButton.setText(QCoreApplication.translate("LettersPage", u"Save the bill copies as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveCopiesButton.setToolTip(QCoreApplication.translate("LettersPage", u"The pages of your bills with the disputed lines outlined and numbered as in the letter: to send with it.", None))
#endif // QT_CONFIG(tooltip)
        self.keepButton.setText(QCoreApplication.translate("LettersPage", u"&Keep in my dossier", None))
        self.reportIntro.setText(QCoreApplication.translate("LettersPage", u"Copy this text and paste it in the report form on SignalConso, in the telephone and internet category. It is a report to the State, not a complaint: it does not replace your letter to the operator.", None))
#if QT_CONFIG(accessibility)
        self.reportText.setAccessibleName(QCoreApplication.translate("LettersPage", u"Text of the report", None))
#endif // QT_CONFIG(accessibility)
        self.copyReportButton.setText(QCoreApplication.translate("LettersPage", u"Copy the te&xt", None))
    # retranslateUi
