#include "accessibility.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

namespace {

// Labels anywhere in the window whose buddy is `widget`.
QList<QLabel *> labelsFor(QWidget *widget)
{
    QList<QLabel *> labels;
    for (QLabel *label : widget->window()->findChildren<QLabel *>()) {
        if (label->buddy() == widget)
            labels << label;
    }
    return labels;
}

QString withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand, a single '&' marks the mnemonic.
    for (qsizetype at = text.indexOf(QLatin1Char('&')); at >= 0 && at < text.size();
         at = text.indexOf(QLatin1Char('&'), at + 1))
        text.remove(at, 1);
    return text;
}

// A combo box as Qt 6.4 describes it (its list and, when editable, its line
// edit as children; opened by Press or ShowMenu; on Unix named by the value
// it shows), linked to its labels wherever they are, and choosing the row
// that assistive technology selects in its list.
class ComboBoxAccessible : public QAccessibleWidget
{
public:
    explicit ComboBoxAccessible(QComboBox *box)
        : QAccessibleWidget(box, QAccessible::ComboBox)
    {
        if (popupList(box))
            followSelection();
    }

    QComboBox *box() const { return qobject_cast<QComboBox *>(object()); }

    int childCount() const override
    {
        QComboBox *b = box();
        return !b ? 0 : b->isEditable() ? 2 : 1;
    }

    QAccessibleInterface *child(int index) const override
    {
        QComboBox *b = box();
        if (!b)
            return nullptr;
        followSelection(); // made now if not yet, or given another model since
        if (index == 0)
            return QAccessible::queryAccessibleInterface(b->view());
        if (index == 1 && b->isEditable())
            return QAccessible::queryAccessibleInterface(b->lineEdit());
        return nullptr;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        QComboBox *b = box();
        if (!b || !child)
            return -1;
        if (child->object() == b->view())
            return 0;
        if (b->isEditable() && child->object() == b->lineEdit())
            return 1;
        return -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        QComboBox *b = box();
        if (b && b->isEditable()) {
            const QRect edit(b->lineEdit()->mapToGlobal(QPoint(0, 0)), b->lineEdit()->size());
            if (edit.contains(x, y))
                return child(1);
        }
        return nullptr;
    }

    QAccessibleInterface *focusChild() const override
    {
        // An editable box's line edit has the keyboard while the box has the focus.
        QComboBox *b = box();
        return b && b->isEditable() ? child(1) : nullptr;
    }

    QString text(QAccessible::Text t) const override
    {
        QComboBox *b = box();
        if (!b)
            return {};
        QString text;
#ifdef Q_OS_UNIX
        // Qt's rule on Unix, kept: AT-SPI readers take what a combo box is
        // for from its label relation and read its name as its value.
        const bool value = t == QAccessible::Value || t == QAccessible::Name;
#else
        const bool value = t == QAccessible::Value;
#endif
        if (value)
            text = b->isEditable() ? b->lineEdit()->text() : b->currentText();
        else if (t == QAccessible::Accelerator)
            text = QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText);
        return text.isEmpty() ? QAccessibleWidget::text(t) : text;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        if (QComboBox *b = box()) {
            s.expandable = true;
            const QAbstractItemView *list = popupList(b);
            s.expanded = list && list->isVisible();
            s.editable = b->isEditable();
        }
        return s;
    }

    QList<QPair<QAccessibleInterface *, QAccessible::Relation>> relations(QAccessible::Relation match
                                                                          = QAccessible::AllRelations) const override
    {
        auto found = QAccessibleWidget::relations(match);
        QComboBox *b = box();
        if (!b || !(match & QAccessible::Label))
            return found;
        for (QLabel *label : labelsFor(b)) {
            const bool known = std::any_of(found.cbegin(), found.cend(), [label](const auto &relation) {
                return relation.second == QAccessible::Label && relation.first->object() == label;
            });
            if (!known)
                found.append({ QAccessible::queryAccessibleInterface(label), QAccessible::Label });
        }
        return found;
    }

    QStringList actionNames() const override
    {
        return { showMenuAction(), pressAction() };
    }

    QString localizedActionDescription(const QString &action) const override
    {
        if (action == showMenuAction() || action == pressAction())
            return QComboBox::tr("Open the combo box selection popup");
        return {};
    }

    void doAction(const QString &action) override
    {
        QComboBox *b = box();
        if (!b || (action != showMenuAction() && action != pressAction()))
            return;
        if (b->view()->isVisible())
            b->hidePopup();
        else
            b->showPopup();
    }

    QStringList keyBindingsForAction(const QString &) const override
    {
        return {};
    }

private:
    // The list, if the box has made it: QComboBox::view() makes it (with its
    // popup window) when first asked, which a box never opened need not pay.
    static QAbstractItemView *popupList(QComboBox *box)
    {
        return box->findChild<QAbstractItemView *>();
    }

    // A row selected in the list without the list's cursor on it is a choice:
    // the coach moving through the open list with keys or the mouse moves the
    // cursor with the selection, assistive technology only selects.
    void followSelection() const
    {
        QComboBox *b = box();
        QItemSelectionModel *selection = b ? b->view()->selectionModel() : nullptr;
        if (!selection || selection == m_followed)
            return;
        m_followed = selection;
        QPointer<QComboBox> guarded(b);
        QObject::connect(selection, &QItemSelectionModel::selectionChanged, b,
                         [guarded](const QItemSelection &selected) {
                             QComboBox *box = guarded.data();
                             if (!box || selected.indexes().isEmpty())
                                 return;
                             const QModelIndex index = selected.indexes().constFirst();
                             QAbstractItemView *view = box->view();
                             if (index.parent() != box->rootModelIndex() || index.row() == box->currentIndex()
                                 || !(index.flags() & Qt::ItemIsEnabled))
                                 return;
                             if (view->isVisible() && view->currentIndex().row() == index.row())
                                 return;
                             box->setCurrentIndex(index.row());
                             if (view->isVisible())
                                 box->hidePopup();
                             emit box->activated(index.row());
                             emit box->textActivated(box->itemText(index.row()));
                         });
    }

    mutable QPointer<QItemSelectionModel> m_followed;
};

// One of an either/or choice drawn as a button (ChoiceButton).
class ChoiceButtonAccessible : public QAccessibleWidget
{
public:
    explicit ChoiceButtonAccessible(QAbstractButton *button)
        : QAccessibleWidget(button, QAccessible::RadioButton)
    {
    }

    QAbstractButton *button() const { return qobject_cast<QAbstractButton *>(object()); }

    QString text(QAccessible::Text t) const override
    {
        QAbstractButton *b = button();
        if (!b)
            return {};
        if (t == QAccessible::Name && b->accessibleName().isEmpty())
            return withoutMnemonic(b->text());
        if (t == QAccessible::Accelerator)
            return QKeySequence::mnemonic(b->text()).toString(QKeySequence::NativeText);
        return QAccessibleWidget::text(t);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        if (QAbstractButton *b = button()) {
            s.checkable = true;
            s.checked = b->isChecked();
        }
        return s;
    }

    QStringList actionNames() const override
    {
        return QStringList { pressAction() } + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &action) override
    {
        QAbstractButton *b = button();
        if (b && action == pressAction()) {
            if (b->isEnabled())
                b->click();
            return;
        }
        QAccessibleWidget::doAction(action);
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QComboBox")) {
        if (auto *box = qobject_cast<QComboBox *>(object))
            return new ComboBoxAccessible(box);
    }
    if (className == QLatin1String("ChoiceButton")) {
        if (auto *button = qobject_cast<QAbstractButton *>(object))
            return new ChoiceButtonAccessible(button);
    }
    return nullptr;
}

} // namespace

void installAccessibility()
{
    static const bool done = (QAccessible::installFactory(factory), true);
    Q_UNUSED(done);
}
