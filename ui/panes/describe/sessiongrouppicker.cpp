#include "sessiongrouppicker.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QUuid>

namespace {
constexpr int NameRole = Qt::UserRole + 1;
constexpr int PendingRole = Qt::UserRole + 2;
} // namespace

SessionGroupPicker::SessionGroupPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    m_combo->setObjectName(QStringLiteral("sessionGroupBox"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateEditing();
        emit currentGroupChanged(currentId());
    });
    retranslate();
    reload({});
}

QList<SessionGroupPicker::Group> SessionGroupPicker::groupsOf(const QString &athleteId)
{
    return SessionGroups().of(athleteId);
}

void SessionGroupPicker::setAthlete(const QString &athleteId)
{
    if (athleteId == m_athleteId)
        return;
    m_athleteId = athleteId;
    m_pendingId.clear();
    m_pendingName.clear();
    m_pendingRenamed = false;
    // The newest session of this athlete is the likely one.
    reload({});
}

void SessionGroupPicker::reload(const QString &select)
{
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        const QList<Group> groups = groupsOf(m_athleteId);
        const QDate today = QDate::currentDate();
        const bool hasToday = std::any_of(groups.cbegin(), groups.cend(), [today](const Group &group) {
            return group.created.toLocalTime().date() == today;
        });
        if (!m_athleteId.isEmpty() && !hasToday) {
            if (m_pendingId.isEmpty()) {
                m_pendingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                m_pendingName = todaysName();
            }
            m_combo->addItem(m_pendingName, m_pendingId);
            m_combo->setItemData(0, m_pendingName, NameRole);
            m_combo->setItemData(0, true, PendingRole);
            m_combo->setItemData(0, tr("A new session group for today, kept when you upload. Type to rename it."),
                                 Qt::ToolTipRole);
        }
        for (const Group &group : groups) {
            const QString date = QLocale().toString(group.created.toLocalTime().date(), QLocale::ShortFormat);
            // A name that already says the date ("Session 03/12/2026", the
            // default) is shown once, not "Session 03/12/2026 — 03/12/2026".
            // Nor one named for its day ("Friday 4 Dec", the offered default).
            const QString day = dayName(group.created.toLocalTime().date());
            const bool saysDate = group.name.contains(date) || group.name.contains(day);
            m_combo->addItem(saysDate ? group.name : tr("%1 — %2").arg(group.name, date), group.id);
            m_combo->setItemData(m_combo->count() - 1, group.name, NameRole);
            m_combo->setItemData(m_combo->count() - 1, tr("Session group %1").arg(group.id), Qt::ToolTipRole);
        }
        const int at = select.isEmpty() ? (m_combo->count() ? 0 : -1) : m_combo->findData(select);
        m_combo->setCurrentIndex(at);
        m_combo->setEnabled(!m_athleteId.isEmpty());
        m_combo->setPlaceholderText(m_athleteId.isEmpty() ? tr("Choose the athlete first")
                                                          : tr("No session yet: create one"));
    }
    updateEditing();
    emit currentGroupChanged(currentId());
}

QString SessionGroupPicker::dayName(const QDate &date)
{
    // The weekday and date in the coach's language; translators may reorder.
    return QLocale().toString(date, tr("dddd d MMM", "date format of a new session's name"));
}

QString SessionGroupPicker::todaysName()
{
    return dayName(QDate::currentDate());
}

bool SessionGroupPicker::isPendingCurrent() const
{
    return m_combo->currentIndex() >= 0 && m_combo->currentData(PendingRole).toBool();
}

void SessionGroupPicker::updateEditing()
{
    // Only the offered group is renamed in place; a kept one is chosen, not edited.
    const bool pending = isPendingCurrent();
    if (m_combo->isEditable() != pending) {
        m_combo->setEditable(pending);
        if (pending) {
            m_combo->setInsertPolicy(QComboBox::NoInsert);
            m_combo->setCompleter(nullptr);
            connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
                if (!isPendingCurrent())
                    return;
                m_pendingRenamed = !text.trimmed().isEmpty();
                // Kept aside while typing: changing the item now would put its
                // old text back into the field under the coach's fingers.
                m_pendingName = m_pendingRenamed ? text.trimmed() : todaysName();
            });
            connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
                if (isPendingCurrent()) {
                    m_combo->setItemText(m_combo->currentIndex(), m_pendingName);
                    m_combo->setItemData(m_combo->currentIndex(), m_pendingName, NameRole);
                }
            });
        }
    }
    if (pending) {
        m_combo->lineEdit()->setAccessibleName(m_combo->accessibleName());
        m_combo->lineEdit()->setText(m_pendingName);
        m_combo->lineEdit()->setToolTip(m_combo->currentData(Qt::ToolTipRole).toString());
    }
    // Offered, not yet kept: shown in italics like every other pre-filled value.
    QFont font = m_combo->font();
    font.setItalic(pending);
    m_combo->setFont(font);
}

QString SessionGroupPicker::commitPending()
{
    if (!isPendingCurrent())
        return currentId();
    const std::optional<Group> group = SessionGroups().createWithId(m_pendingId, m_athleteId, m_pendingName);
    if (!group)
        return {};
    m_pendingId.clear();
    m_pendingName.clear();
    m_pendingRenamed = false;
    reload(group->id);
    return group->id;
}

QString SessionGroupPicker::currentId() const
{
    return m_combo->currentData().toString();
}

QString SessionGroupPicker::currentName() const
{
    if (isPendingCurrent())
        return m_pendingName;
    return m_combo->currentData(NameRole).toString();
}

bool SessionGroupPicker::setCurrentId(const QString &id)
{
    const int at = m_combo->findData(id);
    if (at < 0)
        return false;
    m_combo->setCurrentIndex(at);
    return true;
}

int SessionGroupPicker::groupCount() const
{
    return m_combo->count();
}

QString SessionGroupPicker::createGroup(const QString &name)
{
    const std::optional<Group> group = SessionGroups().create(m_athleteId, name);
    if (!group)
        return {};
    reload(group->id);
    return group->id;
}

void SessionGroupPicker::retranslate()
{
    m_combo->setAccessibleName(tr("Session group"));
    if (isPendingCurrent() && !m_pendingRenamed) {
        // Still the day's default name: say it in the new language.
        m_pendingName = todaysName();
        m_combo->setItemText(m_combo->currentIndex(), m_pendingName);
        m_combo->setItemData(m_combo->currentIndex(), m_pendingName, NameRole);
        updateEditing();
    }
}

void SessionGroupPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
