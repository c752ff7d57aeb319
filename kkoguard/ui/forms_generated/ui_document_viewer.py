# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_viewer.ui'
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
    QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DocumentViewer(object):
    def setupUi(self, DocumentViewer):
        if not DocumentViewer.objectName():
            DocumentViewer.setObjectName(u"DocumentViewer")
        DocumentViewer.resize(760, 860)
        DocumentViewer.setMinimumSize(QSize(480, 400))
        self.dialogLayout = QVBoxLayout(DocumentViewer)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.viewerHost = QWidget(DocumentViewer)
        self.viewerHost.setObjectName(u"viewerHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewerHost.sizePolicy().hasHeightForWidth())
        self.viewerHost.setSizePolicy(sizePolicy)
        self.viewerLayout = QVBoxLayout(self.viewerHost)
        self.viewerLayout.setObjectName(u"viewerLayout")
        self.viewerLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.viewerHost)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(DocumentViewer)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentViewer)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(DocumentViewer)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(DocumentViewer)

        QMetaObject.connectSlotsByName(DocumentViewer)
    # setupUi

    def retranslateUi(self, DocumentViewer):
        self.printButton.setText(QCoreApplication.translate("DocumentViewer", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentViewer", u"&Save a copy\u2026", None))
        pass
    # retranslateUi
