#include "jobprogressdelegate.h"
#include "progresspainter.h"

#include <QApplication>
#include <QLocale>

JobProgressDelegate::JobProgressDelegate(int fractionRole, int lookRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole)
    , m_lookRole(lookRole)
{
}

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    (widget ? widget->style() : QApplication::style())
        ->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QVariant value = index.data(m_fractionRole);
    const double fraction = value.isValid() ? value.toDouble() : -1.0;
    const auto look = static_cast<ProgressPainter::Look>(index.data(m_lookRole).toInt());
    QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty() && fraction >= 0)
        text = QLocale().toString(qRound(fraction * 100)) + QLocale().percent();
    ProgressPainter::paint(painter, option.rect, option.palette, fraction, text, look);
}

QSize JobProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 120));
    return size;
}
