#pragma once

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}
class QTableView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The table every upload is listed in.
    QTableView *jobTable() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showAbout();
    void updateEmptyState();

    std::unique_ptr<Ui::MainWindow> m_ui;
};
