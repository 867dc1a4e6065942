#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QTableWidget;
class QToolButton;

// Free key/value pairs (extra camera settings, further movement dimensions):
// a two-column table with add and remove buttons. Rows with an empty key are
// ignored; keys are kept in the order the coach typed them.
class KeyValueEditor : public QWidget
{
    Q_OBJECT

public:
    using Pairs = QList<QPair<QString, QString>>;

    explicit KeyValueEditor(QWidget *parent = nullptr);

    Pairs pairs() const;
    void setPairs(const Pairs &pairs);
    void addRow(const QString &key = {}, const QString &value = {});
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
};
