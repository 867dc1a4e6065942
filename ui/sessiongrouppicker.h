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
    static QList<Group> groupsOf(const QString &athleteId);

    QComboBox *comboBox() const { return m_combo; }

signals:
    void currentGroupChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(const QString &select);
    void retranslate();

    QString m_athleteId;
    QComboBox *m_combo;
};
