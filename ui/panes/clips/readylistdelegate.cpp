#include "readylistdelegate.h"
#include "readylistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>

void ReadyListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection as the style draws them, without text or icon.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(4, 4, -4, -4);
    const QRect thumb(area.topLeft(), thumbnailSize);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.canConvert<QImage>() && !decoration.value<QImage>().isNull()) {
        const QImage image = decoration.value<QImage>();
        const QSize fitted = image.size().scaled(thumbnailSize, Qt::KeepAspectRatio);
        const QRect target(thumb.topLeft()
                               + QPoint((thumb.width() - fitted.width()) / 2, (thumb.height() - fitted.height()) / 2),
                           fitted);
        painter->fillRect(thumb, Qt::black);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, image);
    } else {
        const QIcon icon = decoration.value<QIcon>();
        icon.paint(painter, thumb.adjusted(24, 6, -24, -6));
    }

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect textArea = area.adjusted(thumbnailSize.width() + 8, 0, 0, 0);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Active, textRole));
    const QFontMetrics boldMetrics(bold);
    const QString name = index.data(Qt::DisplayRole).toString().section(QLatin1Char('\n'), 0, 0);
    painter->drawText(textArea.topLeft() + QPoint(0, boldMetrics.ascent() + 2),
                      boldMetrics.elidedText(name, Qt::ElideMiddle, textArea.width()));

    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    const QString problem = index.data(ReadyListModel::ProblemRole).toString();
    const QString playback = index.data(ReadyListModel::PlaybackProblemRole).toString();
    QString second = problem.isEmpty() ? index.data(ReadyListModel::SummaryRole).toString() : problem;
    if (!problem.isEmpty() && !selected && !index.data(ReadyListModel::WaitingRole).toBool())
        painter->setPen(option.palette.color(QPalette::Text).lightness() < 128 ? QColor(0xb0, 0x1c, 0x1c)
                                                                               : QColor(0xff, 0x8a, 0x80));
    const QRect secondLine(textArea.left(), textArea.top() + boldMetrics.height() + 4, textArea.width(),
                           textArea.height() - boldMetrics.height() - 4);
    painter->drawText(secondLine, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      playback.isEmpty() ? second : second + QLatin1Char('\n') + tr("No preview on this computer"));
    painter->restore();
}

QSize ReadyListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Tall enough for the facts as they wrap at the list's width (a split
    // clip's "split into 2 clips" was cut off below four lines).
    const QFontMetrics metrics(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int listWidth = view ? view->viewport()->width() : option.rect.width();
    const int textWidth = qMax(100, listWidth - 8 - thumbnailSize.width() - 8);
    watch(index.model());
    const QString measuredFor = QString::number(textWidth) + QLatin1Char('|') + option.font.key();
    if (measuredFor != m_heightsFor) {
        m_heights.clear();
        m_heightsFor = measuredFor;
    }
    if (const auto known = m_heights.constFind(QPersistentModelIndex(index)); known != m_heights.cend())
        return QSize(thumbnailSize.width() + 200, *known);
    const QString problem = index.data(ReadyListModel::ProblemRole).toString();
    QString second = problem.isEmpty() ? index.data(ReadyListModel::SummaryRole).toString() : problem;
    if (!index.data(ReadyListModel::PlaybackProblemRole).toString().isEmpty())
        second += QLatin1Char('\n') + tr("No preview on this computer");
    const int textHeight = boldMetrics.height() + 4
        + metrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, second)
              .height();
    const int height = qMax(thumbnailSize.height(), qMax(metrics.height() * 4 + 4, textHeight)) + 8;
    m_heights.insert(QPersistentModelIndex(index), height);
    return QSize(thumbnailSize.width() + 200, height);
}

void ReadyListDelegate::watch(const QAbstractItemModel *model) const
{
    if (model == m_watched || !model)
        return;
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = model;
    m_heights.clear();
    auto *self = const_cast<ReadyListDelegate *>(this);
    // A row whose facts changed is measured again; rows gone (or moved) all are.
    connect(model, &QAbstractItemModel::dataChanged, self,
            [self](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    self->m_heights.remove(QPersistentModelIndex(topLeft.sibling(row, 0)));
            });
    connect(model, &QAbstractItemModel::rowsRemoved, self, [self] { self->m_heights.clear(); });
    connect(model, &QAbstractItemModel::rowsMoved, self, [self] { self->m_heights.clear(); });
    connect(model, &QAbstractItemModel::modelReset, self, [self] { self->m_heights.clear(); });
    connect(model, &QAbstractItemModel::layoutChanged, self, [self] { self->m_heights.clear(); });
    connect(model, &QObject::destroyed, self, [self] {
        self->m_heights.clear();
        self->m_watched = nullptr;
    });
}
