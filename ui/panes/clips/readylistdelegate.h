#pragma once

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
};
