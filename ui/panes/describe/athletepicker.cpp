#include "athletepicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

const QString recentKey = QStringLiteral("athletes/lastUsed");

// Recently used first (most recent on top), then by name.
class RecentFirstProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QDateTime a = left.data(AthletePicker::LastUsedRole).toDateTime();
        const QDateTime b = right.data(AthletePicker::LastUsedRole).toDateTime();
        if (a != b)
            return a > b; // invalid (never used) sorts after any valid time
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
};

// Finds athletes by "name e-mail team" but puts only the name in the field:
// QCompleter writes its completion role into the line edit, and that text
// ("Ava Lindqvist ava.lindqvist@example.com Track & Field") matches no item,
// so the athlete chosen from the popup was dropped (issue 14).
class NameCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override { return index.data(Qt::DisplayRole).toString(); }
};

} // namespace

AthletePicker::AthletePicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_teamProxy(new RecentFirstProxy(this))
    , m_teamBox(new QComboBox(this))
    , m_teamLabel(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    // The team filter sits under the name box, not beside it: side by side
    // they made the Describe pane too wide for a 1360 px screen.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    // Labelled, so that a screen reader says what "All teams" is about.
    auto *teamRow = new QHBoxLayout;
    teamRow->addWidget(m_teamLabel);
    teamRow->addWidget(m_teamBox);
    teamRow->addStretch();
    layout->addLayout(teamRow);
    m_teamLabel->setBuddy(m_teamBox);

    m_combo->setObjectName(QStringLiteral("athleteBox"));
    m_teamBox->setObjectName(QStringLiteral("teamBox"));
    m_teamProxy->setSourceModel(m_model);
    m_teamProxy->setFilterRole(TeamRole);
    m_teamProxy->setDynamicSortFilter(true);
    m_teamProxy->sort(0);
    m_combo->setModel(m_teamProxy);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);

    // Type-ahead matches anywhere in "name e-mail team".
    auto *completer = new NameCompleter(m_teamProxy, this);
    completer->setCompletionRole(SearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Only the athletes that match what was typed: with every athlete listed,
    // a match below the fold was not in sight.
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { setCurrentId(index.data(IdRole).toString()); });
    // Clicking into a filled field selects the name, so typing replaces it
    // (after the click has placed the cursor, hence queued).
    m_combo->installEventFilter(this); // the line edit's focus goes through its combo box
    m_combo->lineEdit()->installEventFilter(this);
    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { selectByText(m_combo->lineEdit()->text()); });
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit currentAthleteChanged(currentId()); });

    m_teamBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_teamBox->setMinimumContentsLength(10);
    m_teamBox->hide();
    m_teamLabel->hide();
    connect(m_teamBox, &QComboBox::currentIndexChanged, this,
            [this] { setTeamFilter(m_teamBox->currentData().toString()); });
    retranslate();
}

void AthletePicker::setAthletes(const QList<Entry> &athletes)
{
    const QString keep = currentId();
    const QVariantMap recent = QSettings().value(recentKey).toMap();
    const QSignalBlocker blocker(m_combo);
    m_model->clear();
    QStringList teamNames;
    for (const Entry &athlete : athletes) {
        auto *item = new QStandardItem(athlete.name);
        item->setData(athlete.id, IdRole);
        item->setData(QStringList { athlete.name, athlete.email, athlete.team }.join(QLatin1Char(' ')), SearchRole);
        item->setData(athlete.team, TeamRole);
        item->setData(recent.value(athlete.id).toDateTime(), LastUsedRole);
        QStringList tip { athlete.name };
        if (!athlete.email.isEmpty())
            tip << athlete.email;
        if (!athlete.team.isEmpty())
            tip << athlete.team;
        item->setToolTip(tip.join(QStringLiteral(" · ")));
        item->setData(tip.join(QStringLiteral(" · ")), Qt::AccessibleTextRole);
        m_model->appendRow(item);
        if (!athlete.team.isEmpty() && !teamNames.contains(athlete.team))
            teamNames << athlete.team;
    }
    teamNames.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker teamBlocker(m_teamBox);
        const QString team = m_teamBox->currentData().toString();
        m_teamBox->clear();
        m_teamBox->addItem(tr("All teams"), QString());
        for (const QString &name : std::as_const(teamNames))
            m_teamBox->addItem(name, name);
        m_teamBox->setCurrentIndex(qMax(0, m_teamBox->findData(team)));
        m_teamBox->setVisible(!teamNames.isEmpty());
        m_teamLabel->setVisible(!teamNames.isEmpty());
    }
    resort();
    if (!setCurrentId(keep))
        m_combo->setCurrentIndex(-1);
    emit currentAthleteChanged(currentId());
}

int AthletePicker::athleteCount() const
{
    return m_model->rowCount();
}

QString AthletePicker::currentId() const
{
    const int row = m_combo->currentIndex();
    if (row < 0)
        return {};
    // A half-typed name that matches nobody is no choice.
    if (m_combo->lineEdit() && m_combo->lineEdit()->text() != m_combo->itemText(row))
        return {};
    return m_combo->itemData(row, IdRole).toString();
}

QString AthletePicker::currentName() const
{
    return currentId().isEmpty() ? QString() : m_combo->currentText();
}

bool AthletePicker::setCurrentId(const QString &id)
{
    if (id.isEmpty())
        return false;
    const int row = m_combo->findData(id, IdRole);
    if (row < 0)
        return false;
    m_combo->setCurrentIndex(row);
    m_combo->setEditText(m_combo->itemText(row));
    emit currentAthleteChanged(currentId());
    return true;
}

void AthletePicker::clearCurrent()
{
    // A change of index says so (currentAthleteChanged); without one nobody was chosen before either.
    m_combo->setCurrentIndex(-1);
    m_combo->setEditText(QString());
}

void AthletePicker::markUsed(const QString &id)
{
    QSettings settings;
    QVariantMap recent = settings.value(recentKey).toMap();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    recent.insert(id, now);
    settings.setValue(recentKey, recent);
    const QModelIndexList found = m_model->match(m_model->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_model->setData(found.first(), now, LastUsedRole);
    resort();
}

void AthletePicker::setTeamFilter(const QString &team)
{
    const QString keep = currentId();
    m_teamProxy->setFilterFixedString(team);
    const int at = m_teamBox->findData(team);
    if (at >= 0 && at != m_teamBox->currentIndex()) {
        const QSignalBlocker blocker(m_teamBox);
        m_teamBox->setCurrentIndex(at);
    }
    if (!setCurrentId(keep))
        m_combo->setCurrentIndex(-1);
}

QStringList AthletePicker::teams() const
{
    QStringList result;
    for (int i = 1; i < m_teamBox->count(); ++i)
        result << m_teamBox->itemData(i).toString();
    return result;
}

void AthletePicker::resort()
{
    const QString keep = currentId();
    m_teamProxy->invalidate();
    m_teamProxy->sort(0);
    if (!keep.isEmpty())
        setCurrentId(keep);
}

void AthletePicker::selectByText(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return;
    for (int row = 0; row < m_combo->count(); ++row) {
        if (m_combo->itemText(row).compare(wanted, Qt::CaseInsensitive) == 0) {
            setCurrentId(m_combo->itemData(row, IdRole).toString());
            return;
        }
    }
    emit currentAthleteChanged(currentId());
}

void AthletePicker::retranslate()
{
    // Short: the whole of it fits the field in German at 1366×768 (the tooltip says more).
    m_combo->lineEdit()->setPlaceholderText(tr("Name, e-mail or team…"));
    m_combo->setAccessibleName(tr("Athlete"));
    m_combo->lineEdit()->setAccessibleName(tr("Athlete")); // where the keyboard is while typing
    m_teamLabel->setText(tr("Team:"));
    m_teamBox->setAccessibleName(tr("Team filter"));
    m_teamBox->setToolTip(tr("Show only the athletes of one team"));
    if (m_teamBox->count() > 0)
        m_teamBox->setItemText(0, tr("All teams"));
}

bool AthletePicker::eventFilter(QObject *watched, QEvent *event)
{
    // A click into the filled field selects the name, so that typing replaces
    // it. Done when the button is released (the press placed the cursor), not
    // queued: on a busy machine the letters typed next could be handled first
    // and land inside the old name. (Tab already selects all in a line edit.)
    if ((watched == m_combo || watched == m_combo->lineEdit()) && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason)
        m_selectOnRelease = true;
    if (watched == m_combo->lineEdit() && event->type() == QEvent::MouseButtonRelease && m_selectOnRelease) {
        m_selectOnRelease = false;
        // Before the line edit's own release handling, which keeps a selection
        // (and offers it as the X11 primary selection, as any selection is).
        QLineEdit *edit = m_combo->lineEdit();
        if (!edit->hasSelectedText()) // not when the coach dragged a selection of their own
            edit->selectAll();
    }
    return QWidget::eventFilter(watched, event);
}

void AthletePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
