#include "captureform.h"
#include "accessibility.h"
#include "keyboardpath.h"
#include "ui_captureform.h"
#include "uiresources.h"

#include <QApplication>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QShortcut>

namespace {

const QString frontOn = QStringLiteral("single.front_on");
const QString downTheLine = QStringLiteral("single.down_the_line");

void styleError(QLabel *label)
{
    // Red that stays readable on light and dark windows alike.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
}

// The key of what a box shows: the item whose label (or key) was typed, else
// the text itself.
QString keyIn(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    if (text.isEmpty())
        return {};
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i).compare(text, Qt::CaseInsensitive) == 0
            || box->itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0)
            return box->itemData(i).toString();
    }
    return text;
}

void fillOptions(QComboBox *box, const QList<CaptureForm::Option> &options)
{
    const QString keep = keyIn(box);
    const QSignalBlocker blocker(box);
    box->clear();
    for (const CaptureForm::Option &option : options)
        box->addItem(option.label, option.key);
    const int at = box->findData(keep);
    if (at >= 0) {
        box->setCurrentIndex(at);
    } else {
        box->setCurrentIndex(-1);
        box->setEditText(keep);
    }
}

void showKey(QComboBox *box, const QString &key)
{
    const int at = box->findData(key);
    if (at >= 0) {
        box->setCurrentIndex(at);
        box->setEditText(box->itemText(at));
    } else {
        box->setCurrentIndex(-1);
        box->setEditText(key);
    }
}

} // namespace

CaptureForm::CaptureForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaptureForm>())
    , m_cameraGroup(new QButtonGroup(this))
{
    initUiResources();
    installAccessibility();
    m_ui->setupUi(this);
    // The labels name the boxes inside the pickers, where the keyboard goes
    // and what a screen reader reads as "Athlete" and "Session".
    m_ui->athleteLabel->setBuddy(m_ui->athletePicker->comboBox());
    m_ui->sessionGroupLabel->setBuddy(m_ui->sessionGroupPicker->comboBox());
    m_prefillHint = new QLabel(this);
    m_prefillHint->setObjectName(QStringLiteral("prefillHint"));
    m_prefillHint->setAccessibleName(tr("Filled in from the last upload"));
    m_prefillHint->setWordWrap(true);
    m_prefillHint->hide();
    if (auto *top = qobject_cast<QBoxLayout *>(layout()))
        top->insertWidget(top->indexOf(m_ui->heading) + 1, m_prefillHint);
    m_cameraGroup->setExclusive(true);
    m_cameraGroup->addButton(m_ui->frontOnButton);
    m_cameraGroup->addButton(m_ui->downTheLineButton);
    m_ui->frontOnButton->setIcon(QIcon(QStringLiteral(":/icons/camera-front-on.svg")));
    m_ui->downTheLineButton->setIcon(QIcon(QStringLiteral(":/icons/camera-down-the-line.svg")));
    // The chosen setup must stand out in both palettes: Fusion's sunken look
    // for a checked button is barely visible on a dark window.
    for (QToolButton *button : { m_ui->frontOnButton, m_ui->downTheLineButton })
        button->setStyleSheet(
            QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 3px; }"
                           "QToolButton:checked { border: 2px solid palette(highlight); padding: 2px;"
                           " background: palette(alternate-base); }"
                           "QToolButton:focus { border-style: dashed; }"));
    m_ui->frontOnButton->setProperty("setup", frontOn);
    m_ui->downTheLineButton->setProperty("setup", downTheLine);

    // Its first entry says what the clips are ("Landscape — from the video"): shown whole.
    m_ui->orientationBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->orientationBox->addItem(QString(), QString());
    m_ui->orientationBox->addItem(QString(), QStringLiteral("landscape"));
    m_ui->orientationBox->addItem(QString(), QStringLiteral("portrait"));

    // The hints beside orientation and time wrap rather than widen the pane:
    // with a batch selected they are long, and the pane must fit 1360 px.
    for (QLabel *hint : { m_ui->orientationHint, m_ui->captureTimeHint }) {
        hint->setWordWrap(true);
        hint->setMinimumWidth(80);
    }

    m_ui->cameraExtras->setVisible(false);
    connect(m_ui->advancedButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->cameraExtras->setVisible(open);
        m_ui->advancedButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    m_ui->captureTimeEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_ui->captureTimeEdit->setTimeSpec(Qt::LocalTime);
    connect(m_ui->captureTimeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_settingTime) {
            m_timeEdited = true;
            updateTimeHint();
        }
        emit choicesChanged();
    });

    const auto changed = [this] { emit choicesChanged(); };
    connect(m_cameraGroup, &QButtonGroup::buttonToggled, this, [this] {
        fieldChangedByCoach(m_ui->frontOnButton);
        fieldChangedByCoach(m_ui->downTheLineButton);
        emit choicesChanged();
    });
    connect(m_ui->orientationBox, &QComboBox::currentIndexChanged, this, [this] {
        fieldChangedByCoach(m_ui->orientationBox);
        updateOrientationHint();
        emit choicesChanged();
    });
    connect(m_ui->cameraExtras, &KeyValueEditor::changed, this, changed);
    connect(m_ui->movementExtras, &KeyValueEditor::changed, this, [this] {
        fieldChangedByCoach(m_ui->movementExtras);
        emit choicesChanged();
    });
    connect(m_ui->athletePicker, &AthletePicker::currentAthleteChanged, this, [this](const QString &id) {
        m_ui->sessionGroupPicker->setAthlete(id);
        emit athleteChanged(id);
        emit choicesChanged();
    });
    connect(m_ui->sessionGroupPicker, &SessionGroupPicker::currentGroupChanged, this, changed);
    connect(m_ui->activityBox, &QComboBox::currentTextChanged, this, [this] {
        fieldChangedByCoach(m_ui->activityBox);
        emit activityChanged(keyIn(m_ui->activityBox));
        emit choicesChanged();
    });
    connect(m_ui->movementBox, &QComboBox::currentTextChanged, this, [this] {
        fieldChangedByCoach(m_ui->movementBox);
        emit movementChanged(keyIn(m_ui->activityBox), keyIn(m_ui->movementBox));
        emit choicesChanged();
    });
    connect(m_ui->uploadButton, &QPushButton::clicked, this, &CaptureForm::uploadRequested);
    connect(m_ui->newAthleteButton, &QToolButton::clicked, this, &CaptureForm::newAthleteRequested);
    connect(m_ui->newSessionButton, &QToolButton::clicked, this, &CaptureForm::newSessionGroupRequested);
    auto *newAthlete = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    connect(newAthlete, &QShortcut::activated, this, &CaptureForm::newAthleteRequested);
    auto *newSession = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this);
    connect(newSession, &QShortcut::activated, this, &CaptureForm::newSessionGroupRequested);

    for (QLabel *label : errorLabels())
        styleError(label);
    retranslate();
    setVideos({});
}

CaptureForm::~CaptureForm() = default;

QList<QWidget *> CaptureForm::tabOrder() const
{
    // Top to bottom as the form reads, then Upload below it.
    QList<QWidget *> order { m_ui->athletePicker->comboBox(),
                             m_ui->newAthleteButton,
                             m_ui->athletePicker->teamBox(),
                             m_ui->sessionGroupPicker->comboBox(),
                             m_ui->newSessionButton,
                             m_ui->frontOnButton,
                             m_ui->downTheLineButton,
                             m_ui->orientationBox,
                             m_ui->advancedButton,
                             m_ui->cameraExtras,
                             m_ui->activityBox,
                             m_ui->movementBox };
    for (const Dimension &dimension : m_dimensions) {
        if (auto *box = dimensionBox(dimension.key))
            order << box;
    }
    order << m_ui->movementExtras << m_ui->captureTimeEdit << m_ui->uploadButton;
    return order;
}

bool CaptureForm::focusNextPrevChild(bool next)
{
    // Tab follows tabOrder() here rather than Qt's focus chain: the movement's
    // dimensions come and go as the coach types, and re-linking the chain each
    // time (QWidget::setTabOrder) left a deleted box in it on Qt 6.4 — Tab
    // then crashed the window (found by tests/gui keyboardOnly). At either end
    // the window goes on along its own path (MainWindow::keyboardPath()).
    if (KeyboardPath::move(tabOrder(), window(), next, false))
        return true;
    return QWidget::focusNextPrevChild(next);
}

QWidget *CaptureForm::uploadFooter() const
{
    return m_ui->uploadFooter;
}

QComboBox *CaptureForm::dimensionBox(const QString &key) const
{
    return m_dimensionBoxes.value(key);
}

QStringList CaptureForm::requiredDimensionKeys() const
{
    QStringList keys;
    for (const Dimension &dimension : m_dimensions)
        keys << dimension.key;
    return keys;
}

QList<QLabel *> CaptureForm::errorLabels() const
{
    QList<QLabel *> labels { m_ui->athleteError,     m_ui->sessionError,      m_ui->cameraError,
                             m_ui->orientationError, m_ui->cameraExtrasError, m_ui->activityError,
                             m_ui->movementError,    m_ui->dimensionsError,   m_ui->timeError };
    for (QLabel *label : m_dimensionErrors)
        labels << label;
    return labels;
}

QPushButton *CaptureForm::uploadButton() const
{
    return m_ui->uploadButton;
}

AthletePicker *CaptureForm::athletePicker() const
{
    return m_ui->athletePicker;
}

SessionGroupPicker *CaptureForm::sessionGroupPicker() const
{
    return m_ui->sessionGroupPicker;
}

void CaptureForm::setVideos(const QList<VideoInfo> &videos)
{
    m_videos = videos;
    setEnabled(true);
    m_ui->uploadButton->setEnabled(!videos.isEmpty());
    // Orientation and time: the coach's choice stays; otherwise what the clips say, shown as theirs.
    updateOrientationHint();
    if (!m_timeEdited)
        showVideoTime();
    updateTimeHint();
    updateHeading();
    emit choicesChanged();
}

void CaptureForm::showVideoTime()
{
    // The first clip's own time, shown; not a choice (choices() leaves it out).
    m_settingTime = true;
    const QDateTime time
        = m_videos.isEmpty() ? QDateTime::currentDateTime() : m_videos.first().captureTime().toLocalTime();
    m_ui->captureTimeEdit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_ui->captureTimeEdit->setDateTime(time.isValid() ? time : QDateTime::currentDateTime());
    m_settingTime = false;
}

void CaptureForm::showUndescribed()
{
    m_prefilling = true;
    confirmPrefilled();
    m_ui->orientationBox->setCurrentIndex(0);
    m_timeEdited = false;
    showVideoTime();
    m_ui->athletePicker->clearCurrent();
    for (const Dimension &dimension : std::as_const(m_dimensions)) {
        if (auto *box = dimensionBox(dimension.key))
            box->setCurrentIndex(0);
    }
    m_prefilling = false;
    updateOrientationHint();
    updateTimeHint();
    emit choicesChanged();
}

void CaptureForm::showChoices(const Choices &c)
{
    m_prefilling = true;
    confirmPrefilled();
    if (c.athleteId.isEmpty() || !m_ui->athletePicker->setCurrentId(c.athleteId))
        m_ui->athletePicker->clearCurrent();
    if (!c.sessionGroupId.isEmpty())
        m_ui->sessionGroupPicker->setCurrentId(c.sessionGroupId);
    if (c.cameraSetup.isEmpty()) {
        m_cameraGroup->setExclusive(false);
        m_ui->frontOnButton->setChecked(false);
        m_ui->downTheLineButton->setChecked(false);
        m_cameraGroup->setExclusive(true);
    } else {
        setCameraSetup(c.cameraSetup);
    }
    m_ui->orientationBox->setCurrentIndex(qMax(0, m_ui->orientationBox->findData(c.orientation)));
    m_ui->cameraExtras->setPairs(c.cameraExtras);
    setActivity(c.activity); // the window offers its movements
    setMovement(c.movement); // and asks for its dimensions
    Pairs extras;
    QSet<QString> shown;
    for (const auto &[key, value] : c.dimensions) {
        if (auto *box = dimensionBox(key)) {
            box->setCurrentIndex(qMax(0, box->findData(value)));
            shown.insert(key);
        } else {
            extras.append({ key, value });
        }
    }
    for (const Dimension &dimension : std::as_const(m_dimensions)) {
        if (auto *box = dimensionBox(dimension.key); box && !shown.contains(dimension.key))
            box->setCurrentIndex(0);
    }
    m_ui->movementExtras->setPairs(extras);
    m_timeEdited = c.captureTime.isValid();
    if (m_timeEdited) {
        m_settingTime = true;
        m_ui->captureTimeEdit->setMaximumDateTime(QDateTime::currentDateTime().addDays(365));
        m_ui->captureTimeEdit->setDateTime(c.captureTime.toLocalTime());
        m_settingTime = false;
    } else {
        showVideoTime();
    }
    m_prefilling = false;
    updateOrientationHint();
    updateTimeHint();
    emit choicesChanged();
}

void CaptureForm::setActivities(const QList<Option> &activities)
{
    fillOptions(m_ui->activityBox, activities);
}

void CaptureForm::setMovements(const QList<Option> &movements)
{
    fillOptions(m_ui->movementBox, movements);
}

void CaptureForm::setDimensions(const QList<Dimension> &required)
{
    // Keep what the coach already chose for a dimension that is still asked.
    QHash<QString, QString> previous;
    for (const Dimension &dimension : std::as_const(m_dimensions)) {
        if (auto *box = dimensionBox(dimension.key))
            previous.insert(dimension.key, box->currentData().toString());
    }
    // The same dimensions again (the movement typed letter by letter): the
    // boxes stay, so that none the keyboard is moving to is pulled away.
    if (required == m_dimensions && m_dimensionErrors.size() == required.size())
        return;
    QFormLayout *layout = m_ui->dimensionsLayout;
    // Taken out and deleted later, not at once: this can run inside a focus
    // change (a completion committed as the field loses focus), and deleting
    // the box being focused crashed the window (tests/gui keyboardOnly).
    while (layout->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = layout->takeRow(0);
        for (QLayoutItem *item : { row.labelItem, row.fieldItem }) {
            if (!item)
                continue;
            if (QWidget *widget = item->widget()) {
                widget->hide();
                for (QWidget *child : widget->findChildren<QWidget *>())
                    child->setObjectName(QString()); // no longer found as a dimension
                widget->setObjectName(QString());
                widget->deleteLater();
            }
            delete item;
        }
    }
    m_dimensionErrors.clear();
    m_dimensionBoxes.clear();
    m_dimensions = required;
    for (const Dimension &dimension : required) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("dimension_") + dimension.key);
        box->setAccessibleName(dimension.label);
        box->setToolTip(tr("Required for this movement"));
        box->addItem(tr("Choose…"), QString());
        for (const Option &value : dimension.values)
            box->addItem(value.label, value.key);
        box->setCurrentIndex(qMax(0, box->findData(previous.value(dimension.key))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            fieldChangedByCoach(box);
            emit choicesChanged();
        });
        auto *error = new QLabel(this);
        error->setObjectName(QStringLiteral("dimensionError_") + dimension.key);
        error->setWordWrap(true);
        error->setAccessibleName(tr("Error"));
        error->hide();
        styleError(error);
        m_dimensionErrors.insert(dimension.key, error);
        m_dimensionBoxes.insert(dimension.key, box);
        auto *label = new QLabel(tr("%1:").arg(dimension.label), this);
        label->setBuddy(box);
        auto *column = new QWidget(this);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->addWidget(box);
        columnLayout->addWidget(error);
        layout->addRow(label, column);
    }
    emit choicesChanged();
}

CaptureForm::Choices CaptureForm::choices() const
{
    Choices c;
    c.athleteId = m_ui->athletePicker->currentId();
    c.athleteName = m_ui->athletePicker->currentName();
    c.sessionGroupId = m_ui->sessionGroupPicker->currentId();
    c.sessionGroupName = m_ui->sessionGroupPicker->currentName();
    if (QAbstractButton *button = m_cameraGroup->checkedButton())
        c.cameraSetup = button->property("setup").toString();
    c.orientation = m_ui->orientationBox->currentData().toString();
    c.cameraExtras = m_ui->cameraExtras->pairs();
    c.activity = keyIn(m_ui->activityBox);
    c.movement = keyIn(m_ui->movementBox);
    for (const Dimension &dimension : m_dimensions) {
        if (auto *box = dimensionBox(dimension.key))
            c.dimensions.append({ dimension.key, box->currentData().toString() });
    }
    c.dimensions += m_ui->movementExtras->pairs();
    // A time the form shows from the clip is the clip's own, not a choice.
    if (m_timeEdited)
        c.captureTime = m_ui->captureTimeEdit->dateTime().toUTC();
    return c;
}

QString CaptureForm::orientationFor(const Choices &choices, const VideoInfo &video)
{
    if (!choices.orientation.isEmpty())
        return choices.orientation;
    if (!video.displaySize().isValid())
        return {};
    return video.isPortrait() ? QStringLiteral("portrait") : QStringLiteral("landscape");
}

QDateTime CaptureForm::captureTimeFor(const Choices &choices, const VideoInfo &video)
{
    return choices.captureTime.isValid() ? choices.captureTime : video.captureTime();
}

QLabel *CaptureForm::errorLabelFor(const QString &field) const
{
    const QHash<QString, QLabel *> labels {
        { QStringLiteral("athlete_id"), m_ui->athleteError },
        { QStringLiteral("session_group_id"), m_ui->sessionError },
        { QStringLiteral("camera_configuration"), m_ui->cameraError },
        { QStringLiteral("camera_configuration.camera_setup_selection"), m_ui->cameraError },
        { QStringLiteral("camera_configuration.camera_orientation"), m_ui->orientationError },
        { QStringLiteral("movement_attributes"), m_ui->activityError },
        { QStringLiteral("movement_attributes.activity"), m_ui->activityError },
        { QStringLiteral("movement_attributes.movement"), m_ui->movementError },
        { QStringLiteral("capture_time"), m_ui->timeError },
    };
    if (QLabel *label = labels.value(field))
        return label;
    if (field.startsWith(QLatin1String("movement_attributes."))) {
        const QString key = field.mid(int(qstrlen("movement_attributes.")));
        return m_dimensionErrors.value(key, m_ui->dimensionsError);
    }
    if (field.startsWith(QLatin1String("camera_configuration.")))
        return m_ui->cameraExtrasError;
    return nullptr;
}

void CaptureForm::setShowRequiredErrors(bool show)
{
    m_showRequired = show;
    setFieldErrors(m_errors);
}

void CaptureForm::setFieldErrors(const QList<FieldError> &errors)
{
    m_errors = errors;
    QHash<QLabel *, QStringList> messages;
    for (const FieldError &error : errors) {
        if (error.code == QLatin1String("required") && !m_showRequired)
            continue;
        if (QLabel *label = errorLabelFor(error.field)) {
            if (!messages[label].contains(error.message))
                messages[label].append(error.message);
        }
    }
    for (QLabel *label : errorLabels()) {
        const QStringList text = messages.value(label);
        label->setText(text.join(QLatin1Char('\n')));
        label->setVisible(!text.isEmpty());
    }
}

QString CaptureForm::errorShownFor(const QString &field) const
{
    const QLabel *label = errorLabelFor(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void CaptureForm::setUploadState(bool enabled, const QString &reason)
{
    m_ui->uploadButton->setEnabled(enabled);
    m_ui->uploadReason->setText(reason);
    m_ui->uploadReason->setVisible(!reason.isEmpty());
    m_ui->uploadButton->setToolTip(reason.isEmpty() ? tr("Queue the selected clips for upload (Ctrl+Enter)") : reason);
}

void CaptureForm::setCameraSetup(const QString &setup)
{
    if (setup == frontOn)
        m_ui->frontOnButton->setChecked(true);
    else if (setup == downTheLine)
        m_ui->downTheLineButton->setChecked(true);
}

void CaptureForm::setActivity(const QString &activity)
{
    showKey(m_ui->activityBox, activity);
}

void CaptureForm::setMovement(const QString &movement)
{
    showKey(m_ui->movementBox, movement);
}

void CaptureForm::setDimensionValue(const QString &key, const QString &value)
{
    if (auto *box = dimensionBox(key))
        box->setCurrentIndex(box->findData(value));
}

void CaptureForm::setCaptureTime(const QDateTime &time)
{
    m_ui->captureTimeEdit->setMaximumDateTime(QDateTime::currentDateTime().addDays(365));
    m_ui->captureTimeEdit->setDateTime(time.toLocalTime());
}

void CaptureForm::setCameraExtras(const Pairs &pairs)
{
    m_ui->cameraExtras->setPairs(pairs);
}

void CaptureForm::setMovementExtras(const Pairs &pairs)
{
    m_ui->movementExtras->setPairs(pairs);
}

void CaptureForm::clickUpload()
{
    m_ui->uploadButton->click();
}

void CaptureForm::prefill(const QString &athleteName, const AthleteDefaults::Values &values)
{
    confirmPrefilled();
    m_prefilling = true;
    m_prefilledFor = athleteName;
    if (!values.cameraSetup.isEmpty()) {
        setCameraSetup(values.cameraSetup);
        markPrefilled(m_cameraGroup->checkedButton(), true);
    }
    const int orientation = m_ui->orientationBox->findData(values.orientation);
    if (!values.orientation.isEmpty() && orientation > 0) {
        m_ui->orientationBox->setCurrentIndex(orientation);
        markPrefilled(m_ui->orientationBox, true);
    }
    if (!values.activity.isEmpty()) {
        setActivity(values.activity); // the window offers its movements
        markPrefilled(m_ui->activityBox, true);
    }
    if (!values.movement.isEmpty()) {
        setMovement(values.movement); // the window asks for its dimensions
        markPrefilled(m_ui->movementBox, true);
    }
    Pairs extras;
    for (const auto &[key, value] : values.dimensions) {
        auto *box = dimensionBox(key);
        if (box && box->findData(value) > 0) {
            box->setCurrentIndex(box->findData(value));
            markPrefilled(box, true);
        } else if (!box) {
            extras.append({ key, value });
        }
    }
    if (!extras.isEmpty() || !m_ui->movementExtras->pairs().isEmpty()) {
        m_ui->movementExtras->setPairs(extras);
        markPrefilled(m_ui->movementExtras, !extras.isEmpty());
    }
    m_prefilling = false;
    updatePrefillHint();
    emit choicesChanged();
}

void CaptureForm::clearAthleteChoices()
{
    confirmPrefilled();
    m_prefilling = true;
    for (const Dimension &dimension : std::as_const(m_dimensions)) {
        if (auto *box = dimensionBox(dimension.key))
            box->setCurrentIndex(0);
    }
    m_prefilling = false;
    emit choicesChanged();
}

void CaptureForm::confirmPrefilled()
{
    for (QWidget *field : findChildren<QWidget *>()) {
        if (field->property("prefilled").toBool())
            markPrefilled(field, false);
    }
    updatePrefillHint();
}

QStringList CaptureForm::prefilledFields() const
{
    QStringList names;
    for (QWidget *field : findChildren<QWidget *>()) {
        if (field->property("prefilled").toBool())
            names << field->objectName();
    }
    names.sort();
    return names;
}

namespace {

constexpr qsizetype maxText = 200; // longer than any real value; a longer one is not used
constexpr qsizetype maxPairs = 32;

QString boundedText(const QJsonObject &json, const QString &key)
{
    const QString value = json.value(key).toString();
    return value.size() <= maxText ? value : QString();
}

QJsonArray pairsToJson(const CaptureForm::Pairs &pairs)
{
    QJsonArray array;
    for (const auto &[key, value] : pairs)
        array.append(QJsonArray { key, value });
    return array;
}

CaptureForm::Pairs pairsFromJson(const QJsonValue &value)
{
    CaptureForm::Pairs pairs;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        if (pairs.size() >= maxPairs || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            continue;
        const QString key = pair.at(0).toString();
        const QString text = pair.at(1).toString();
        if (!key.isEmpty() && key.size() <= maxText && text.size() <= maxText)
            pairs.append({ key, text });
    }
    return pairs;
}

} // namespace

QJsonObject CaptureForm::Choices::toJson() const
{
    QJsonObject json;
    const auto put = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("athlete_id", athleteId);
    put("athlete_name", athleteName);
    put("session_group_id", sessionGroupId);
    put("session_group_name", sessionGroupName);
    put("camera_setup", cameraSetup);
    put("orientation", orientation);
    if (!cameraExtras.isEmpty())
        json.insert(QStringLiteral("camera_extras"), pairsToJson(cameraExtras));
    put("activity", activity);
    put("movement", movement);
    if (!dimensions.isEmpty())
        json.insert(QStringLiteral("dimensions"), pairsToJson(dimensions));
    if (captureTime.isValid())
        json.insert(QStringLiteral("capture_time"), captureTime.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

CaptureForm::Choices CaptureForm::Choices::fromJson(const QJsonObject &json)
{
    Choices c;
    c.athleteId = boundedText(json, QStringLiteral("athlete_id"));
    c.athleteName = boundedText(json, QStringLiteral("athlete_name"));
    c.sessionGroupId = boundedText(json, QStringLiteral("session_group_id"));
    c.sessionGroupName = boundedText(json, QStringLiteral("session_group_name"));
    c.cameraSetup = boundedText(json, QStringLiteral("camera_setup"));
    if (c.cameraSetup != frontOn && c.cameraSetup != downTheLine)
        c.cameraSetup.clear();
    c.orientation = boundedText(json, QStringLiteral("orientation"));
    if (c.orientation != QLatin1String("landscape") && c.orientation != QLatin1String("portrait"))
        c.orientation.clear();
    c.cameraExtras = pairsFromJson(json.value(QStringLiteral("camera_extras")));
    c.activity = boundedText(json, QStringLiteral("activity"));
    c.movement = boundedText(json, QStringLiteral("movement"));
    c.dimensions = pairsFromJson(json.value(QStringLiteral("dimensions")));
    const QDateTime time = QDateTime::fromString(boundedText(json, QStringLiteral("capture_time")), Qt::ISODateWithMs);
    if (time.isValid() && time.date().year() >= 1970 && time.date().year() <= 9999)
        c.captureTime = time.toUTC();
    return c;
}

AthleteDefaults::Values CaptureForm::rememberedValues(const Choices &c)
{
    return { c.cameraSetup, c.orientation, c.activity, c.movement, c.dimensions };
}

void CaptureForm::markPrefilled(QWidget *field, bool marked)
{
    if (!field || field->property("prefilled").toBool() == marked)
        return;
    field->setProperty("prefilled", marked);
    QFont font = field->font();
    font.setItalic(marked);
    field->setFont(font);
    field->setAccessibleDescription(marked ? tr("Filled in as last time for this athlete") : QString());
}

void CaptureForm::fieldChangedByCoach(QWidget *field)
{
    if (m_prefilling || !field->property("prefilled").toBool())
        return;
    markPrefilled(field, false);
    updatePrefillHint();
}

void CaptureForm::updatePrefillHint()
{
    const bool any = !prefilledFields().isEmpty();
    m_prefillHint->setText(
        any ? tr("<i>In italics</i>: as last time for %1. Check, then upload.").arg(m_prefilledFor.toHtmlEscaped())
            : QString());
    m_prefillHint->setVisible(any);
}

void CaptureForm::updateHeading()
{
    // What will be uploaded: each marked part of a video is a clip of its own.
    int count = 0;
    for (const VideoInfo &video : std::as_const(m_videos))
        count += int(std::max<qsizetype>(1, video.ranges.size()));
    m_ui->heading->setText(count == 0       ? tr("<b>Describe</b> — select clips in the list")
                               : count == 1 ? tr("<b>Describe 1 clip</b>")
                                            : tr("<b>Describe %n clips</b>", nullptr, count));
    // The button says how many uploads it will queue.
    m_ui->uploadButton->setText(count == 0       ? tr("Upload")
                                    : count == 1 ? tr("Upload 1 clip")
                                                 : tr("Upload %n clips", nullptr, count));
}

void CaptureForm::updateOrientationHint()
{
    // "As filmed" is each clip's own orientation; when the clips agree it says
    // which, as read from the video (never a choice, never remembered).
    QString detected;
    bool agree = !m_videos.isEmpty();
    for (const VideoInfo &video : std::as_const(m_videos)) {
        const QString own = orientationFor({}, video);
        if (own.isEmpty() || (!detected.isEmpty() && own != detected))
            agree = false;
        detected = own;
    }
    m_ui->orientationBox->setItemText(0,
                                      !agree                                      ? tr("As filmed (each clip)")
                                          : detected == QLatin1String("portrait") ? tr("Portrait — from the video")
                                                                                  : tr("Landscape — from the video"));
    if (m_videos.isEmpty()) {
        m_ui->orientationHint->clear();
        return;
    }
    const QString chosen = m_ui->orientationBox->currentData().toString();
    m_ui->orientationHint->setText(!chosen.isEmpty() ? tr("chosen by you")
                                       : agree       ? QString()
                                                     : tr("each clip as filmed"));
}

void CaptureForm::updateTimeHint()
{
    QString hint;
    if (m_timeEdited)
        hint = tr("set by you");
    else if (m_videos.size() > 1)
        hint = tr("each clip keeps its own time");
    else if (m_videos.size() == 1)
        hint = m_videos.first().creationTime.isValid() ? tr("from the video") : tr("from the file date");
    m_ui->captureTimeHint->setText(hint);
}

void CaptureForm::retranslate()
{
    m_ui->orientationBox->setItemText(1, tr("Landscape"));
    m_ui->orientationBox->setItemText(2, tr("Portrait"));
    m_ui->activityBox->lineEdit()->setPlaceholderText(tr("e.g. Golf"));
    // Where the keyboard is while typing: named like its box for screen readers.
    m_ui->activityBox->lineEdit()->setAccessibleName(m_ui->activityBox->accessibleName());
    m_ui->movementBox->lineEdit()->setAccessibleName(m_ui->movementBox->accessibleName());
    m_ui->movementBox->lineEdit()->setPlaceholderText(tr("e.g. Full swing"));
    updateHeading();
    updateOrientationHint();
    updateTimeHint();
}

void CaptureForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        for (QLabel *label : errorLabels())
            styleError(label);
    }
    QWidget::changeEvent(event);
}
