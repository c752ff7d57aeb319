# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTreeView, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportPage(object):
    def setupUi(self, ImportPage):
        if not ImportPage.objectName():
            ImportPage.setObjectName(u"ImportPage")
        ImportPage.resize(760, 560)
        self.pageLayout = QVBoxLayout(ImportPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.dropZone = QFrame(ImportPage)
        self.dropZone.setObjectName(u"dropZone")
        self.dropZone.setMinimumSize(QSize(0, 150))
        self.dropZone.setStyleSheet(u"QFrame#dropZone { border: 2px dashed palette(mid); border-radius: 10px; }\n"
"QFrame#dropZone[dragging=\"true\"] { border: 3px solid palette(highlight); background: palette(alternate-base); }")
        self.dropZone.setFrameShape(QFrame.StyledPanel)
        self.dropLayout = QVBoxLayout(self.dropZone)
        self.dropLayout.setSpacing(8)
        self.dropLayout.setObjectName(u"dropLayout")
        self.dropLayout.setContentsMargins(16, 16, 16, 16)
        self.dropIcon = QLabel(self.dropZone)
        self.dropIcon.setObjectName(u"dropIcon")
        self.dropIcon.setAlignment(Qt.AlignCenter)

        self.dropLayout.addWidget(self.dropIcon)

        self.dropLabel = QLabel(self.dropZone)
        self.dropLabel.setObjectName(u"dropLabel")
        self.dropLabel.setAlignment(Qt.AlignCenter)
        self.dropLabel.setWordWrap(True)

        self.dropLayout.addWidget(self.dropLabel)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setSpacing(12)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseLeftSpacer)

        self.chooseFilesButton = QPushButton(self.dropZone)
        self.chooseFilesButton.setObjectName(u"chooseFilesButton")
        self.chooseFilesButton.setMinimumSize(QSize(0, 36))

        self.chooseLayout.addWidget(self.chooseFilesButton)

        self.chooseFolderButton = QPushButton(self.dropZone)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")
        self.chooseFolderButton.setMinimumSize(QSize(0, 36))

        self.chooseLayout.addWidget(self.chooseFolderButton)

        self.chooseRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseRightSpacer)


        self.dropLayout.addLayout(self.chooseLayout)


        self.pageLayout.addWidget(self.dropZone)

        self.fileList = QTreeView(ImportPage)
        self.fileList.setObjectName(u"fileList")
        self.fileList.setMinimumSize(QSize(0, 140))
        self.fileList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.fileList.setAlternatingRowColors(True)
        self.fileList.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.fileList.setRootIsDecorated(False)
        self.fileList.setUniformRowHeights(False)
        self.fileList.setWordWrap(True)

        self.pageLayout.addWidget(self.fileList)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(ImportPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMinimumSize(QSize(0, 24))
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ImportPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressLayout.addWidget(self.cancelButton)

        self.removeButton = QPushButton(ImportPage)
        self.removeButton.setObjectName(u"removeButton")

        self.progressLayout.addWidget(self.removeButton)


        self.pageLayout.addLayout(self.progressLayout)

        self.statusLabel = QLabel(ImportPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.chooseFilesButton, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.fileList)
        QWidget.setTabOrder(self.fileList, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.removeButton)

        self.retranslateUi(ImportPage)

        QMetaObject.connectSlotsByName(ImportPage)
    # setupUi

    def retranslateUi(self, ImportPage):
        ImportPage.setTitle(QCoreApplication.translate("ImportPage", u"Your bills", None))
        ImportPage.setSubTitle(QCoreApplication.translate("ImportPage", u"Add the bills of your phone or internet line: PDF files, or photos and scans of paper bills. KKO Guard reads them on this computer only: nothing is sent anywhere.", None))
#if QT_CONFIG(accessibility)
        self.dropZone.setAccessibleName(QCoreApplication.translate("ImportPage", u"Drop zone for bills", None))
#endif // QT_CONFIG(accessibility)
        self.dropLabel.setText(QCoreApplication.translate("ImportPage", u"Drop your bills here (PDF, photos, scans), or a folder", None))
        self.chooseFilesButton.setText(QCoreApplication.translate("ImportPage", u"Choose &files\u2026", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("ImportPage", u"Choose a f&older\u2026", None))
#if QT_CONFIG(accessibility)
        self.fileList.setAccessibleName(QCoreApplication.translate("ImportPage", u"Bills added", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ImportPage", u"&Stop reading", None))
        self.removeButton.setText(QCoreApplication.translate("ImportPage", u"&Remove from the list", None))
    # retranslateUi
