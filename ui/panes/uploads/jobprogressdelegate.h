#pragma once

#include <QStyledItemDelegate>

// The job list's progress column: a bar with the percentage, painted by
// ProgressPainter. The fraction (0–1) is read from `fractionRole`; how the bar
// looks (running, done, failed, waiting) from `lookRole` as ProgressPainter::Look.
class JobProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit JobProgressDelegate(int fractionRole, int lookRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_fractionRole;
    int m_lookRole;
};
