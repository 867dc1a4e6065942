#pragma once

#include "settings/sessiongroups.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;

// Chooses the session group the clips belong to. Uplift only knows a session
// group's UUID; the name ("Tuesday range session") and date are the coach's,
// kept on this computer by the core's SessionGroups. A session group belongs
// to one athlete.
class SessionGroupPicker : public QWidget
{
    Q_OBJECT

public:
    using Group = SessionGroups::Group;

    explicit SessionGroupPicker(QWidget *parent = nullptr);

    // Shows the groups of this athlete, newest first.
    void setAthlete(const QString &athleteId);
    QString athleteId() const { return m_athleteId; }
    QString currentId() const;
    QString currentName() const;
    bool setCurrentId(const QString &id);
    int groupCount() const;

    // Mints a new group (a fresh UUID) for the current athlete and selects it.
    // Returns its id; empty when no athlete is chosen.
    QString createGroup(const QString &name);

    // An athlete without a session today is offered a new one, named for the
    // day ("Friday 4 Dec"), chosen by default and renamed by typing over it.
    // It exists only on this page until the clips are queued: then
    // commitPending() keeps it (same id) and it becomes an ordinary group.
    bool isPendingCurrent() const;
    QString commitPending();
    static QString todaysName();
    static QString dayName(const QDate &date); // "Friday 4 Dec", in the coach's language
    static QList<Group> groupsOf(const QString &athleteId);

    QComboBox *comboBox() const { return m_combo; }

signals:
    void currentGroupChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(const QString &select);
    void retranslate();
    void updateEditing();

    QString m_athleteId;
    QString m_pendingId; // the offered group's id, fixed while it is offered
    QString m_pendingName; // its name as the coach left it
    bool m_pendingRenamed = false;
    QComboBox *m_combo;
};
