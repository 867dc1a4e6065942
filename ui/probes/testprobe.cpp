#include "testprobe.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScrollBar>
#include <QStatusBar>
#include <QWidget>

namespace {

constexpr qint64 maxRequest = 4096;

QJsonObject rectJson(const QRect &rect)
{
    return { { QStringLiteral("x"), rect.x() },
             { QStringLiteral("y"), rect.y() },
             { QStringLiteral("w"), rect.width() },
             { QStringLiteral("h"), rect.height() } };
}

QRect globalRect(const QWidget *widget, const QRect &local)
{
    return local.isEmpty() ? QRect() : QRect(widget->mapToGlobal(local.topLeft()), local.size());
}

// The name the widget was given; else what its accessible interface says.
// (On Linux Qt names a combo box by its current text and leaves its given
// name to the label relation, so the property comes first.)
QString accessibleName(QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

QString valueOf(QWidget *widget)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *label = qobject_cast<QLabel *>(widget))
        return label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return button->text();
    if (auto *bar = qobject_cast<QStatusBar *>(widget))
        return bar->currentMessage();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Value) : QString();
}

void collectWidgets(QWidget *widget, QJsonArray *out)
{
    if (!widget->isVisible())
        return;
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    QJsonObject entry {
        { QStringLiteral("name"), accessibleName(widget) },
        { QStringLiteral("role"),
          accessible ? QString::fromLatin1(qAccessibleRoleString(accessible->role())) : QString() },
        { QStringLiteral("class"), QString::fromLatin1(widget->metaObject()->className()) },
        { QStringLiteral("object"), widget->objectName() },
        { QStringLiteral("rect"), rectJson(globalRect(widget, widget->rect())) },
        // What of it is on the screen: a field scrolled out of a scroll area has none.
        { QStringLiteral("shown"), rectJson(globalRect(widget, widget->visibleRegion().boundingRect())) },
        { QStringLiteral("enabled"), widget->isEnabled() },
        { QStringLiteral("focus"), widget->hasFocus() },
        { QStringLiteral("value"), valueOf(widget) },
        { QStringLiteral("window"), widget->window()->windowTitle() },
    };
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && button->isCheckable())
        entry.insert(QStringLiteral("checked"), button->isChecked());
    if (auto *label = qobject_cast<QLabel *>(widget); label && label->textFormat() != Qt::RichText) {
        // Whether all of its text shows: a line wider than the label, or more lines than it has
        // room for (a label cuts them off at its top and bottom), does not.
        const QRect room = label->contentsRect();
        const QSize needed = label->wordWrap()
            ? QSize(0, label->heightForWidth(label->width()) - (label->height() - room.height()))
            : label->fontMetrics().size(0, label->text());
        entry.insert(QStringLiteral("fits"), needed.width() <= room.width() && needed.height() <= room.height());
    }
    out->append(entry);
    for (QObject *child : widget->children()) {
        if (auto *w = qobject_cast<QWidget *>(child); w && !w->isWindow())
            collectWidgets(w, out);
    }
}

QAbstractItemView *findView(const QString &name)
{
    if (name == QLatin1String("popup")) {
        QWidget *popup = QApplication::activePopupWidget();
        if (!popup)
            return nullptr;
        if (auto *view = qobject_cast<QAbstractItemView *>(popup))
            return view;
        return popup->findChild<QAbstractItemView *>();
    }
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        for (QAbstractItemView *view : top->findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && accessibleName(view) == name)
                return view;
        }
    }
    return nullptr;
}

QJsonArray itemsOf(QAbstractItemView *view)
{
    QJsonArray rows;
    QAbstractItemModel *model = view->model();
    if (!model)
        return rows;
    const QModelIndex root = view->rootIndex();
    const int count = qMin(model->rowCount(root), 2000);
    for (int row = 0; row < count; ++row) {
        QJsonArray texts;
        for (int column = 0; column < model->columnCount(root); ++column)
            texts.append(model->index(row, column, root).data(Qt::DisplayRole).toString());
        const QModelIndex first = model->index(row, 0, root);
        const QRect visual = view->visualRect(first).intersected(view->viewport()->rect());
        // A picture of its own (a thumbnail), not an icon shared by every row of its kind.
        const QMetaType::Type decoration = QMetaType::Type(first.data(Qt::DecorationRole).typeId());
        rows.append(QJsonObject {
            { QStringLiteral("texts"), texts },
            { QStringLiteral("picture"), decoration == QMetaType::QImage || decoration == QMetaType::QPixmap },
            { QStringLiteral("rect"), rectJson(globalRect(view->viewport(), visual)) },
            { QStringLiteral("selected"), view->selectionModel() && view->selectionModel()->isRowSelected(row, root) },
        });
    }
    return rows;
}

bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

// Walks the tree a screen reader walks (QAccessibleInterface children, not
// QObject children), so what it finds is what an assistive tool would meet.
void collectUnnamed(QAccessibleInterface *node, const QString &path, int depth, QJsonArray *out)
{
    if (!node || depth > 64 || node->state().invisible)
        return;
    const QString here = path + QLatin1Char('/') + QString::fromLatin1(qAccessibleRoleString(node->role()));
    QObject *object = node->object();
    auto *widget = qobject_cast<QWidget *>(object);
    const bool named = !node->text(QAccessible::Name).trimmed().isEmpty()
        || (widget && !widget->accessibleName().trimmed().isEmpty());
    if (isControl(node->role()) && !named) {
        // A scroll bar or a spin box's own editor is named by its owner.
        const bool internal
            = object && (qobject_cast<QScrollBar *>(object) || object->objectName().startsWith(QLatin1String("qt_")));
        if (!internal)
            out->append(QJsonObject {
                { QStringLiteral("path"), here },
                { QStringLiteral("class"),
                  object ? QString::fromLatin1(object->metaObject()->className()) : QString() },
                { QStringLiteral("object"), object ? object->objectName() : QString() },
            });
    }
    // Rows of a list or table are its data, named by their text; not walked.
    if (node->role() == QAccessible::List || node->role() == QAccessible::Table || node->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), here, depth + 1, out);
}

} // namespace

void TestProbe::installFromEnvironment(QObject *parent)
{
    const QString name = qEnvironmentVariable("UPLIFT_TEST_PROBE");
    if (name.isEmpty())
        return;
    auto *probe = new TestProbe(parent);
    if (!probe->listen(name)) {
        qWarning("UPLIFT_TEST_PROBE: cannot listen on %s", qPrintable(name));
        delete probe;
    }
}

TestProbe::TestProbe(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

bool TestProbe::listen(const QString &name)
{
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

void TestProbe::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
        while (socket->canReadLine()) {
            const QByteArray request = socket->readLine(maxRequest);
            socket->write(answer(request.trimmed()) + '\n');
        }
        if (socket->bytesAvailable() > maxRequest)
            socket->abort();
    });
}

QByteArray TestProbe::answer(const QByteArray &request) const
{
    const QJsonObject ask = QJsonDocument::fromJson(request).object();
    const QString command = ask.value(QStringLiteral("cmd")).toString();
    QJsonObject reply;
    if (command == QLatin1String("widgets")) {
        QJsonArray widgets;
        for (QWidget *top : QApplication::topLevelWidgets())
            collectWidgets(top, &widgets);
        reply.insert(QStringLiteral("widgets"), widgets);
    } else if (command == QLatin1String("items")) {
        QAbstractItemView *view = findView(ask.value(QStringLiteral("view")).toString());
        if (view)
            reply.insert(QStringLiteral("items"), itemsOf(view));
        else
            reply.insert(QStringLiteral("error"), QStringLiteral("no such view"));
    } else if (command == QLatin1String("unnamed")) {
        QJsonArray unnamed;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible())
                collectUnnamed(QAccessible::queryAccessibleInterface(top), top->windowTitle(), 0, &unnamed);
        }
        reply.insert(QStringLiteral("unnamed"), unnamed);
    } else {
        reply.insert(QStringLiteral("error"), QStringLiteral("unknown command"));
    }
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}
