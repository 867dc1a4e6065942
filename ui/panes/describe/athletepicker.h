#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;

// Chooses the athlete: type-ahead over name, e-mail and team, the athletes
// used most recently first, and an optional team filter. The list comes from
// the core (the API, or its offline cache) through setAthletes().
class AthletePicker : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString name;
        QString email;
        QString team; // a custom attribute the coach groups athletes by; may be empty
    };

    enum Role { IdRole = Qt::UserRole + 1, SearchRole, LastUsedRole, TeamRole };

    explicit AthletePicker(QWidget *parent = nullptr);

    void setAthletes(const QList<Entry> &athletes);
    int athleteCount() const;
    QString currentId() const;
    QString currentName() const;
    bool setCurrentId(const QString &id);
    // Nobody chosen (the field empty).
    void clearCurrent();
    // Remembers the athlete as used now, so it sorts first next time.
    void markUsed(const QString &id);
    void setTeamFilter(const QString &team); // empty shows everyone
    QStringList teams() const;
    QComboBox *comboBox() const { return m_combo; }
    QComboBox *teamBox() const { return m_teamBox; }

signals:
    void currentAthleteChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void resort();
    void selectByText(const QString &text);

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_teamProxy;
    QComboBox *m_teamBox;
    QLabel *m_teamLabel;
    QComboBox *m_combo;
    bool m_selectOnRelease = false;
};
