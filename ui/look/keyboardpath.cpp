#include "keyboardpath.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QScrollArea>
#include <QWidget>

namespace {

bool takesTab(const QWidget *widget, const QWidget *window)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(window) && widget->isEnabled();
}

// The exclusive group a button belongs to, or nullptr.
const QButtonGroup *exclusiveGroupOf(const QWidget *widget)
{
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    const QButtonGroup *group = button ? button->group() : nullptr;
    return group && group->exclusive() ? group : nullptr;
}

// The one button of an exclusive group Tab stops at: the checked one, else the first shown.
const QAbstractButton *groupStop(const QButtonGroup *group, const QWidget *window)
{
    const QAbstractButton *first = nullptr;
    for (const QAbstractButton *button : group->buttons()) {
        if (!takesTab(button, window))
            continue;
        if (button->isChecked())
            return button;
        if (!first)
            first = button;
    }
    return first;
}

} // namespace

namespace KeyboardPath {

QList<QWidget *> stops(const QList<QWidget *> &path, const QWidget *window)
{
    QList<QWidget *> result;
    for (QWidget *entry : path) {
        if (!entry || !entry->isVisibleTo(window) || !entry->isEnabled())
            continue;
        if (entry->focusPolicy() & Qt::TabFocus) {
            const QButtonGroup *group = exclusiveGroupOf(entry);
            if (!group || groupStop(group, window) == entry)
                result << entry;
            continue;
        }
        for (QWidget *part : entry->findChildren<QWidget *>()) {
            if (takesTab(part, window) && !part->focusProxy())
                result << part;
        }
    }
    return result;
}

bool move(const QList<QWidget *> &path, QWidget *window, bool next, bool wrap)
{
    const QList<QWidget *> all = stops(path, window);
    QWidget *focus = QApplication::focusWidget();
    if (!focus || all.isEmpty())
        return false;
    const QButtonGroup *focusGroup = exclusiveGroupOf(focus);
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size() && at < 0; ++i) {
        QWidget *stop = all.at(i);
        if (stop == focus || stop->isAncestorOf(focus) || focus->focusProxy() == stop
            || (focusGroup && exclusiveGroupOf(stop) == focusGroup))
            at = i;
    }
    if (at < 0)
        return false;
    qsizetype target = at + (next ? 1 : -1);
    if (target < 0 || target >= all.size()) {
        if (!wrap)
            return false;
        target = (target + all.size()) % all.size();
    }
    if (all.at(target) == focus)
        return false;
    QWidget *to = all.at(target);
    to->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    // In sight, as QScrollArea's own Tab does: the describe form scrolls on a laptop's screen.
    for (QWidget *up = to->parentWidget(); up && up != window; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up))
            area->ensureWidgetVisible(to);
    }
    return true;
}

} // namespace KeyboardPath
