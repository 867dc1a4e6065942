#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// One line above the ready list when a card, camera or phone with new clips is
// plugged in ("The card “EOS_DIGITAL”: 12 new clips  [Import…]"), or while an
// import runs; its button opens "From the camera". It never opens anything
// by itself and never imports: the coach decides.
class CameraBanner : public QFrame
{
    Q_OBJECT

public:
    explicit CameraBanner(QWidget *parent = nullptr);

    void setText(const QString &text, bool importing);
    QString text() const;

signals:
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_button;
    bool m_importing = false;
};
