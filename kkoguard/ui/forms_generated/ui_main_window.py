# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.setMinimumSize(QSize(640, 480))
        self.homeAction = QAction(MainWindow)
        self.homeAction.setObjectName(u"homeAction")
#if QT_CONFIG(shortcut)
        self.homeAction.setShortcut(u"Alt+Home")
#endif // QT_CONFIG(shortcut)
        self.analyseAction = QAction(MainWindow)
        self.analyseAction.setObjectName(u"analyseAction")
#if QT_CONFIG(shortcut)
        self.analyseAction.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.dossierAction = QAction(MainWindow)
        self.dossierAction.setObjectName(u"dossierAction")
#if QT_CONFIG(shortcut)
        self.dossierAction.setShortcut(u"Ctrl+D")
#endif // QT_CONFIG(shortcut)
        self.backupAction = QAction(MainWindow)
        self.backupAction.setObjectName(u"backupAction")
        self.restoreAction = QAction(MainWindow)
        self.restoreAction.setObjectName(u"restoreAction")
        self.calendarAction = QAction(MainWindow)
        self.calendarAction.setObjectName(u"calendarAction")
        self.largerTextAction = QAction(MainWindow)
        self.largerTextAction.setObjectName(u"largerTextAction")
        self.smallerTextAction = QAction(MainWindow)
        self.smallerTextAction.setObjectName(u"smallerTextAction")
        self.normalTextAction = QAction(MainWindow)
        self.normalTextAction.setObjectName(u"normalTextAction")
#if QT_CONFIG(shortcut)
        self.normalTextAction.setShortcut(u"Ctrl+0")
#endif // QT_CONFIG(shortcut)
        self.guideAction = QAction(MainWindow)
        self.guideAction.setObjectName(u"guideAction")
#if QT_CONFIG(shortcut)
        self.guideAction.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.whereAction = QAction(MainWindow)
        self.whereAction.setObjectName(u"whereAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.quitAction.setMenuRole(QAction.MenuRole.QuitRole)
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.aboutAction.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self.centralWidget)
        self.stack.setObjectName(u"stack")

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.viewMenu = QMenu(self.menuBar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.viewMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.homeAction)
        self.fileMenu.addAction(self.analyseAction)
        self.fileMenu.addAction(self.dossierAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.backupAction)
        self.fileMenu.addAction(self.restoreAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.calendarAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.viewMenu.addAction(self.largerTextAction)
        self.viewMenu.addAction(self.smallerTextAction)
        self.viewMenu.addAction(self.normalTextAction)
        self.helpMenu.addAction(self.guideAction)
        self.helpMenu.addAction(self.whereAction)
        self.helpMenu.addSeparator()
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"KKO Guard", None))
        self.homeAction.setText(QCoreApplication.translate("MainWindow", u"&Home", None))
        self.analyseAction.setText(QCoreApplication.translate("MainWindow", u"&Analyse bills\u2026", None))
        self.dossierAction.setText(QCoreApplication.translate("MainWindow", u"&Dossier", None))
        self.backupAction.setText(QCoreApplication.translate("MainWindow", u"&Back up the dossier\u2026", None))
        self.restoreAction.setText(QCoreApplication.translate("MainWindow", u"&Restore a backup\u2026", None))
        self.calendarAction.setText(QCoreApplication.translate("MainWindow", u"Add to my &calendar\u2026", None))
        self.largerTextAction.setText(QCoreApplication.translate("MainWindow", u"A+   &Larger text", None))
        self.smallerTextAction.setText(QCoreApplication.translate("MainWindow", u"A\u2212   &Smaller text", None))
        self.normalTextAction.setText(QCoreApplication.translate("MainWindow", u"&Normal text size", None))
        self.guideAction.setText(QCoreApplication.translate("MainWindow", u"&Guide to KKO Guard", None))
        self.whereAction.setText(QCoreApplication.translate("MainWindow", u"&Where is my dossier?", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About KKO Guard", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi
