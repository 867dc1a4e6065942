#include "mainwindow.h"
#include "ui_mainwindow.h"
#include "uiresources.h"

#include "common/applicationidentity.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    initUiResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/uplift-capture.svg")));
    m_ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::jobTable() const
{
    return m_ui->jobTable;
}

void MainWindow::updateEmptyState()
{
    const QAbstractItemModel *model = m_ui->jobTable->model();
    const bool empty = !model || model->rowCount() == 0;
    m_ui->jobsEmptyState->setVisible(empty);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(ApplicationIdentity::displayName()),
                       tr("<h3>%1 %2</h3><p>Uploads your videos to the Uplift motion-analysis platform.</p>")
                           .arg(ApplicationIdentity::displayName(), ApplicationIdentity::version()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QMainWindow::changeEvent(event);
}
