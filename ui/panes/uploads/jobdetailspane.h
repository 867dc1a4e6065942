#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

// The selected upload's story: what happened in the coach's words first,
// every attempt in its history, and the technical detail (HTTP status,
// S3/API code, session id) one click away and copyable for support.
class JobDetailsPane : public QWidget
{
    Q_OBJECT

public:
    struct Event
    {
        QString when;
        QString what; // in words: "Upload: started · <the queue's sentence>"
        QString technical; // what was stored: "upload · start · HTTP 503 · SlowDown"; the line's tooltip
    };
    struct Details
    {
        QString fileName;
        QString state; // in words, e.g. "Failed"
        QString coachMessage; // e.g. "The upload link expired — a new one was requested and the upload restarted"
        QString technical; // status, codes, session id; never secrets
        QList<Event> history;
    };

    explicit JobDetailsPane(QWidget *parent = nullptr);

    void setDetails(const Details &details);
    void clear();
    QString technicalText() const;
    QString titleText() const; // "<b>name</b> — state"
    bool technicalShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_message;
    QTreeWidget *m_history;
    QToolButton *m_technicalToggle;
    QPlainTextEdit *m_technical;
    QPushButton *m_copy;
};
