#include "sessiongrouppicker.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

SessionGroupPicker::SessionGroupPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit currentGroupChanged(currentId()); });
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
    // The newest session of this athlete is the likely one.
    reload({});
}

void SessionGroupPicker::reload(const QString &select)
{
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        const QList<Group> groups = groupsOf(m_athleteId);
        for (const Group &group : groups) {
            const QString date = QLocale().toString(group.created.toLocalTime().date(), QLocale::ShortFormat);
            // A name that already says the date ("Session 03/12/2026", the
            // default) is shown once, not "Session 03/12/2026 — 03/12/2026".
            m_combo->addItem(group.name.contains(date) ? group.name : tr("%1 — %2").arg(group.name, date), group.id);
            m_combo->setItemData(m_combo->count() - 1, group.name, Qt::UserRole + 1);
            m_combo->setItemData(m_combo->count() - 1, tr("Session group %1").arg(group.id), Qt::ToolTipRole);
        }
        const int at = select.isEmpty() ? (m_combo->count() ? 0 : -1) : m_combo->findData(select);
        m_combo->setCurrentIndex(at);
        m_combo->setEnabled(!m_athleteId.isEmpty());
        m_combo->setPlaceholderText(m_athleteId.isEmpty() ? tr("Choose the athlete first")
                                                          : tr("No session yet: create one"));
    }
    emit currentGroupChanged(currentId());
}

QString SessionGroupPicker::currentId() const
{
    return m_combo->currentData().toString();
}

QString SessionGroupPicker::currentName() const
{
    return m_combo->currentData(Qt::UserRole + 1).toString();
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
}

void SessionGroupPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
