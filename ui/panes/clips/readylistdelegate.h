#pragma once

#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// One ready-list row: the thumbnail, the file name in bold, and below it the
// clip's facts, or the reason it cannot be uploaded.
class ReadyListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr QSize thumbnailSize { 96, 54 };

private:
    // Each row's height as its facts wrap, measured once until the row, the
    // list's width or the font change: the list is laid out again as rows fill
    // in (two hundred at a card's import), and measuring wrapped text is what
    // that costs.
    void watch(const QAbstractItemModel *model) const;
    mutable QHash<QPersistentModelIndex, int> m_heights;
    mutable QString m_heightsFor; // the width and font they were measured at
    mutable const QAbstractItemModel *m_watched = nullptr;
};
