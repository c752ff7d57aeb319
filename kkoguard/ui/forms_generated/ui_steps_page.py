# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'steps_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QLabel, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_StepsPage(object):
    def setupUi(self, StepsPage):
        if not StepsPage.objectName():
            StepsPage.setObjectName(u"StepsPage")
        StepsPage.resize(760, 560)
        self.pageLayout = QVBoxLayout(StepsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.errorLabel = QLabel(StepsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.errorLabel)

        self.stepsScroll = QScrollArea(StepsPage)
        self.stepsScroll.setObjectName(u"stepsScroll")
        self.stepsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stepsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stepsScroll.setWidgetResizable(True)
        self.stepsContents = QWidget()
        self.stepsContents.setObjectName(u"stepsContents")
        self.stepsLayout = QVBoxLayout(self.stepsContents)
        self.stepsLayout.setSpacing(12)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setContentsMargins(0, -1, 6, -1)
        self.nowHeading = QLabel(self.stepsContents)
        self.nowHeading.setObjectName(u"nowHeading")
        self.nowHeading.setWordWrap(True)

        self.stepsLayout.addWidget(self.nowHeading)

        self.nowBox = QWidget(self.stepsContents)
        self.nowBox.setObjectName(u"nowBox")
        self.nowLayout = QVBoxLayout(self.nowBox)
        self.nowLayout.setSpacing(10)
        self.nowLayout.setObjectName(u"nowLayout")
        self.nowLayout.setContentsMargins(0, 0, 0, 0)

        self.stepsLayout.addWidget(self.nowBox)

        self.profileGroup = QGroupBox(self.stepsContents)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileLayout = QFormLayout(self.profileGroup)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.operatorLabel = QLabel(self.profileGroup)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.profileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorCombo = QComboBox(self.profileGroup)
        self.operatorCombo.setObjectName(u"operatorCombo")

        self.profileLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.operatorCombo)

        self.productLabel = QLabel(self.profileGroup)
        self.productLabel.setObjectName(u"productLabel")

        self.profileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productBox = QWidget(self.profileGroup)
        self.productBox.setObjectName(u"productBox")
        self.productLayout = QVBoxLayout(self.productBox)
        self.productLayout.setObjectName(u"productLayout")
        self.productLayout.setContentsMargins(0, 0, 0, 0)
        self.mobileRadio = QRadioButton(self.productBox)
        self.mobileRadio.setObjectName(u"mobileRadio")
        self.mobileRadio.setChecked(True)

        self.productLayout.addWidget(self.mobileRadio)

        self.boxRadio = QRadioButton(self.productBox)
        self.boxRadio.setObjectName(u"boxRadio")

        self.productLayout.addWidget(self.boxRadio)


        self.profileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productBox)

        self.planLabel = QLabel(self.profileGroup)
        self.planLabel.setObjectName(u"planLabel")

        self.profileLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planBox = QWidget(self.profileGroup)
        self.planBox.setObjectName(u"planBox")
        self.planLayout = QVBoxLayout(self.planBox)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)
        self.postpaidRadio = QRadioButton(self.planBox)
        self.postpaidRadio.setObjectName(u"postpaidRadio")
        self.postpaidRadio.setChecked(True)

        self.planLayout.addWidget(self.postpaidRadio)

        self.prepaidRadio = QRadioButton(self.planBox)
        self.prepaidRadio.setObjectName(u"prepaidRadio")

        self.planLayout.addWidget(self.prepaidRadio)


        self.profileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.planBox)

        self.profileNote = QLabel(self.profileGroup)
        self.profileNote.setObjectName(u"profileNote")
        self.profileNote.setWordWrap(True)
        self.profileNote.setVisible(False)

        self.profileLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.profileNote)


        self.stepsLayout.addWidget(self.profileGroup)

        self.detailsButton = QToolButton(self.stepsContents)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.detailsButton.setCheckable(True)
        self.detailsButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.detailsButton.setArrowType(Qt.ArrowType.RightArrow)

        self.stepsLayout.addWidget(self.detailsButton)

        self.detailsBox = QWidget(self.stepsContents)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsBox.setVisible(False)
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setSpacing(8)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)

        self.stepsLayout.addWidget(self.detailsBox)

        self.stepsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stepsLayout.addItem(self.stepsSpacer)

        self.stepsScroll.setWidget(self.stepsContents)

        self.pageLayout.addWidget(self.stepsScroll)

#if QT_CONFIG(shortcut)
        self.operatorLabel.setBuddy(self.operatorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.operatorCombo, self.mobileRadio)
        QWidget.setTabOrder(self.mobileRadio, self.boxRadio)
        QWidget.setTabOrder(self.boxRadio, self.postpaidRadio)
        QWidget.setTabOrder(self.postpaidRadio, self.prepaidRadio)
        QWidget.setTabOrder(self.prepaidRadio, self.detailsButton)

        self.retranslateUi(StepsPage)

        QMetaObject.connectSlotsByName(StepsPage)
    # setupUi

    def retranslateUi(self, StepsPage):
        StepsPage.setTitle(QCoreApplication.translate("StepsPage", u"What to do, step by step", None))
        StepsPage.setSubTitle(QCoreApplication.translate("StepsPage", u"Start with the steps at the top. Tick each one when it is done: your progress is kept in your dossier.", None))
        self.nowHeading.setText(QCoreApplication.translate("StepsPage", u"What to do now", None))
        self.profileGroup.setTitle(QCoreApplication.translate("StepsPage", u"Your situation (change it if it is wrong)", None))
        self.operatorLabel.setText(QCoreApplication.translate("StepsPage", u"&Operator:", None))
#if QT_CONFIG(accessibility)
        self.operatorCombo.setAccessibleName(QCoreApplication.translate("StepsPage", u"Operator", None))
#endif // QT_CONFIG(accessibility)
        self.productLabel.setText(QCoreApplication.translate("StepsPage", u"Concerns:", None))
        self.mobileRadio.setText(QCoreApplication.translate("StepsPage", u"A &mobile line", None))
        self.boxRadio.setText(QCoreApplication.translate("StepsPage", u"An &internet box", None))
        self.planLabel.setText(QCoreApplication.translate("StepsPage", u"You pay:", None))
        self.postpaidRadio.setText(QCoreApplication.translate("StepsPage", u"With a monthly bill (p&lan)", None))
        self.prepaidRadio.setText(QCoreApplication.translate("StepsPage", u"With a &prepaid card", None))
#if QT_CONFIG(accessibility)
        self.detailsButton.setAccessibleName(QCoreApplication.translate("StepsPage", u"More details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsButton.setText(QCoreApplication.translate("StepsPage", u"More details", None))
    # retranslateUi
