#pragma once

#include <QWidget>

// The highlight over the whole window while videos are dragged over it.
// It never takes mouse events; the window handles the drop itself.
class DropOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit DropOverlay(QWidget *parent);

    void setMessage(const QString &message);
    QString message() const { return m_message; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_message;
};
