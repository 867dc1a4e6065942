#include "joblistview.h"
#include "jobprogressdelegate.h"
#include "progresspainter.h"

#include <QApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStringMatcher>
#include <QStyle>
#include <QTimer>

namespace {

const QStringList activeStates { QStringLiteral("queued"),    QStringLiteral("waiting_to_retry"),
                                 QStringLiteral("reserving"), QStringLiteral("uploading"),
                                 QStringLiteral("uploaded"),  QStringLiteral("processing") };

class JobFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    int stateColumn = -1;
    int rawRole = Qt::UserRole;
    int stateRole = Qt::UserRole;
    int searchRole = -1;
    QString state;
    QString search;
    QStringMatcher searchMatcher; // of the case-folded search text, with searchRole
    static constexpr int lookRole = Qt::UserRole + 500;
    int progressColumn = -1;

    // The whole mapping is made again in one pass (each row filtered, one layoutChanged),
    // rather than invalidateFilter()'s removals and insertions range by range, which the
    // view follows one by one: a search in a long history matches rows all over it.
    void refilter() { invalidate(); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        // The delegate asks how to draw the bar; the answer comes from the row's state.
        if (role == lookRole && stateColumn >= 0)
            return JobListView::lookOf(index.siblingAtColumn(stateColumn).data(stateRole).toString());
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *source = sourceModel();
        if (!state.isEmpty() && stateColumn >= 0) {
            const QString rowState = source->index(row, stateColumn, parent).data(stateRole).toString();
            if (state == QLatin1String("active") ? !activeStates.contains(rowState) : rowState != state)
                return false;
        }
        if (!search.isEmpty() && searchRole >= 0)
            return searchMatcher.indexIn(source->index(row, 0, parent).data(searchRole).toString()) >= 0;
        if (!search.isEmpty()) {
            for (int column = 0; column < source->columnCount(parent); ++column) {
                if (source->index(row, column, parent).data().toString().contains(search, Qt::CaseInsensitive))
                    return true;
            }
            return false;
        }
        return true;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        // Sort by the raw value (bytes, fractions, times) rather than the display text.
        const QVariant a = left.data(rawRole);
        const QVariant b = right.data(rawRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

JobListView::JobListView(QWidget *parent)
    : QTableView(parent)
    , m_proxy(new JobFilter(this))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    m_proxy->setDynamicSortFilter(true);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_fitting && (QApplication::mouseButtons() & Qt::LeftButton)) // dragged by the coach
            m_sizedByCoach.insert(logical);
    });
}

void JobListView::setJobModel(QAbstractItemModel *model, const Columns &columns)
{
    m_columns = columns;
    if (m_columns.stateRole < 0)
        m_columns.stateRole = m_columns.rawRole;
    auto *filter = static_cast<JobFilter *>(m_proxy);
    filter->stateColumn = columns.state;
    filter->rawRole = columns.rawRole;
    filter->stateRole = columns.stateRole >= 0 ? columns.stateRole : columns.rawRole;
    filter->progressColumn = columns.progress;
    filter->searchRole = columns.searchRole;
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    if (columns.progress >= 0)
        setItemDelegateForColumn(columns.progress, new JobProgressDelegate(columns.rawRole, JobFilter::lookRole, this));
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobListView::selectedJobsChanged);
    // Progress arrives many times a second: the summary is recounted at most 4 times a second.
    // The timer is started by the first change after a recount and not restarted by the
    // next ones: restarted, a steady stream of progress (every 100 ms) kept it from ever
    // firing, and the summary stood still while clips finished.
    auto *batch = new QTimer(this);
    batch->setSingleShot(true);
    batch->setInterval(250);
    connect(batch, &QTimer::timeout, this, &JobListView::recount);
    const auto soon = [batch] {
        if (!batch->isActive())
            batch->start();
    };
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, batch, soon);
    connect(model, &QAbstractItemModel::dataChanged, batch, soon);
    connect(model, &QAbstractItemModel::modelReset, batch, soon);
    connect(model, &QAbstractItemModel::layoutChanged, batch, soon);
    // Column widths follow new rows and rows whose words changed (a state, a
    // name), not the progress ticks of running uploads: measuring hundreds of
    // cells four times a second would sit on the GUI thread while it uploads.
    auto *fit = new QTimer(this);
    fit->setSingleShot(true);
    fit->setInterval(250);
    connect(fit, &QTimer::timeout, this, &JobListView::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, fit, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, fit, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, fit, [fit](const QModelIndex &topLeft) {
        if (topLeft.column() == 0)
            fit->start();
    });
    recount();
    fitColumns();
}

void JobListView::fitColumns()
{
    QAbstractItemModel *model = this->model();
    if (!model)
        return;
    QHeaderView *header = horizontalHeader();
    const int rows = model->rowCount();
    // A long history is sampled: its first and last rows are the ones in sight.
    const int sample = 250;
    QList<int> sampled;
    for (int row = 0; row < rows && row < sample; ++row)
        sampled << row;
    for (int row = qMax(sample, rows - sample); row < rows; ++row)
        sampled << row;
    const QFontMetrics metrics(font());
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
    m_fitting = true;
    for (int column = 0; column < model->columnCount() - 1; ++column) {
        if (column == m_columns.progress || m_sizedByCoach.contains(column) || header->isSectionHidden(column))
            continue;
        int needed = header->sectionSizeHint(column);
        for (int row : std::as_const(sampled)) {
            const QString text = model->index(row, column).data(Qt::DisplayRole).toString();
            needed = qMax(needed, metrics.horizontalAdvance(text) + padding);
        }
        needed = qMin(needed, maxFittedWidth);
        if (needed > header->sectionSize(column))
            header->resizeSection(column, needed);
    }
    m_fitting = false;
}

QAbstractItemModel *JobListView::jobModel() const
{
    return m_proxy->sourceModel();
}

void JobListView::setStateFilter(const QString &state)
{
    auto *filter = static_cast<JobFilter *>(m_proxy);
    filter->state = state;
    filter->refilter();
}

void JobListView::setSearchText(const QString &text)
{
    auto *filter = static_cast<JobFilter *>(m_proxy);
    filter->search = text.trimmed();
    if (QAbstractItemModel *model = m_proxy->sourceModel(); model && !filter->search.isEmpty()) {
        while (model->canFetchMore({}))
            model->fetchMore({});
    }
    filter->searchMatcher.setPattern(filter->search.toCaseFolded());
    filter->refilter();
}

int JobListView::visibleJobCount() const
{
    return m_proxy->rowCount();
}

QList<int> JobListView::selectedJobRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

JobSummary JobListView::summary() const
{
    JobSummary summary;
    const QAbstractItemModel *model = m_proxy->sourceModel();
    if (!model || m_columns.state < 0)
        return summary;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString state = model->index(row, m_columns.state).data(m_columns.stateRole).toString();
        if (state == QLatin1String("reserving") || state == QLatin1String("uploading"))
            ++summary.uploading;
        else if (state == QLatin1String("queued") || state == QLatin1String("waiting_to_retry")
                 || state == QLatin1String("preparing")) // made into a .mov before its upload: still to go
            ++summary.queued;
        else if (state == QLatin1String("uploaded") || state == QLatin1String("processing"))
            ++summary.processing;
        else if (state == QLatin1String("completed"))
            ++summary.done;
        else if (state == QLatin1String("failed")) {
            ++summary.failed;
            const QModelIndex file = model->index(row, m_columns.file);
            const QString clip = file.data(Qt::DisplayRole).toString();
            const int pathColumn = m_columns.path >= 0 ? m_columns.path : m_columns.file;
            summary.failures.append(JobSummary::Failure {
                model->index(row, pathColumn).data(m_columns.rawRole).toString() + QLatin1Char('\n') + clip, clip,
                m_columns.error >= 0 ? model->index(row, m_columns.error).data(Qt::DisplayRole).toString()
                                     : QString() });
        }
        if (m_columns.bytesTotal >= 0 && state != QLatin1String("cancelled")) {
            const qint64 total = model->index(row, m_columns.bytesTotal).data(m_columns.rawRole).toLongLong();
            double fraction = m_columns.progress >= 0
                ? model->index(row, m_columns.progress).data(m_columns.rawRole).toDouble()
                : 0.0;
            if (!activeStates.contains(state) || state == QLatin1String("uploaded")
                || state == QLatin1String("processing"))
                fraction = state == QLatin1String("failed") ? fraction : 1.0;
            summary.bytesTotal += total;
            summary.bytesSent += qint64(double(total) * qBound(0.0, fraction, 1.0));
        }
    }
    return summary;
}

void JobListView::recount()
{
    emit summaryChanged(summary());
}

QString JobListView::stateLabel(const QString &state)
{
    if (state == QLatin1String("queued"))
        return tr("Queued");
    if (state == QLatin1String("waiting_to_retry"))
        return tr("Waiting to retry");
    if (state == QLatin1String("reserving"))
        return tr("Reserving");
    if (state == QLatin1String("uploading"))
        return tr("Uploading");
    if (state == QLatin1String("uploaded"))
        return tr("Uploaded");
    if (state == QLatin1String("processing"))
        return tr("Processing");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

int JobListView::lookOf(const QString &state)
{
    if (state == QLatin1String("completed") || state == QLatin1String("uploaded")
        || state == QLatin1String("processing"))
        return int(ProgressPainter::Look::Done);
    if (state == QLatin1String("failed"))
        return int(ProgressPainter::Look::Failed);
    if (state == QLatin1String("uploading") || state == QLatin1String("reserving"))
        return int(ProgressPainter::Look::Running);
    return int(ProgressPainter::Look::Idle);
}
