#pragma once

#include "media/videoinfo.h"
#include "settings/athletedefaults.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QWidget>
#include <memory>

namespace Ui {
class CaptureForm;
}
class AthletePicker;
class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class SessionGroupPicker;

// The "Describe" pane: who, which session, how it was filmed, what movement,
// when. It applies to every selected clip, so a batch is described once.
// The form only collects choices and shows the errors it is given, next to
// the field each one is about; the rules live in the core (CaptureSpec).
class CaptureForm : public QWidget
{
    Q_OBJECT

public:
    // A choice as sent (key, e.g. "track_and_field") and as the coach reads it
    // (label, "Track and field"). A bare string is both.
    struct Option
    {
        QString key;
        QString label;
        Option() = default;
        Option(const QString &keyAndLabel) // NOLINT(google-explicit-constructor): a bare key reads as itself
            : key(keyAndLabel)
            , label(keyAndLabel)
        {
        }
        Option(const QString &key_, const QString &label_)
            : key(key_)
            , label(label_)
        {
        }
        bool operator==(const Option &) const = default;
    };
    struct Dimension
    {
        QString key; // the movement_attributes key, e.g. "handedness"
        QString label; // in the coach's words
        QList<Option> values; // allowed values
        bool operator==(const Dimension &) const = default;
    };
    using Pairs = QList<QPair<QString, QString>>;
    struct Choices
    {
        QString athleteId;
        QString athleteName;
        QString sessionGroupId;
        QString sessionGroupName;
        QString cameraSetup; // "single.front_on", "single.down_the_line" or empty
        QString orientation; // the coach's "landscape" or "portrait"; empty = each clip's own, as filmed
        Pairs cameraExtras;
        QString activity;
        QString movement;
        Pairs dimensions; // required ones first, then the free pairs
        QDateTime captureTime; // set by the coach; invalid = each clip's own (creation time, else file time)
        bool operator==(const Choices &) const = default;
        // Nothing chosen at all.
        bool isEmpty() const { return *this == Choices {}; }
        // As kept with a clip in the ready list (and read back from there:
        // every value checked and bounded, anything malformed left out).
        QJsonObject toJson() const;
        static Choices fromJson(const QJsonObject &json);
    };
    struct FieldError
    {
        QString field; // JSON path, e.g. "movement_attributes.activity"
        QString message;
        QString code; // "required" for a choice not made yet
    };

    explicit CaptureForm(QWidget *parent = nullptr);
    ~CaptureForm() override;

    // The clips described. The coach's choices stay; what the clips say of
    // themselves (orientation, capture time) is shown as theirs.
    void setVideos(const QList<VideoInfo> &videos);
    // Clips with no description of their own are selected: orientation and
    // capture time go back to each clip's own, and the athlete, the session
    // and the athlete's own choices (the movement's dimensions) are cleared.
    void showUndescribed();
    // Shows what the coach chose for the selected clips earlier.
    void showChoices(const Choices &choices);
    int videoCount() const { return int(m_videos.size()); }
    QList<VideoInfo> videos() const { return m_videos; }

    // The catalogue's choices, shown by label; what is typed is matched against
    // labels and keys, and free text stays allowed (the catalogue is advice).
    void setActivities(const QList<Option> &activities);
    void setMovements(const QList<Option> &movements);
    void setDimensions(const QList<Dimension> &required);

    Choices choices() const;
    // The movement's required dimensions the form asks for (their keys, in order).
    QStringList requiredDimensionKeys() const;
    // Orientation and capture time for one clip: the coach's choice, else the clip's own.
    static QString orientationFor(const Choices &choices, const VideoInfo &video);
    static QDateTime captureTimeFor(const Choices &choices, const VideoInfo &video);

    // Errors from the core's validation. `uploadBlockedReason` explains a
    // disabled Upload button in one sentence (empty: Upload is allowed).
    // Errors about choices not made yet ("required") stay quiet next to their
    // field until the coach tries to upload; all others show at once.
    void setFieldErrors(const QList<FieldError> &errors);
    void setShowRequiredErrors(bool show);
    QString errorShownFor(const QString &field) const;
    void setUploadState(bool enabled, const QString &reason);

    // The reason Upload is not possible yet and the Upload button: the window
    // pins them under the scrolling fields so that Upload is always in sight.
    QWidget *uploadFooter() const;
    // Where Tab goes: the form top to bottom as a coach reads it (each New… after
    // its field, the advanced camera settings where they are shown), then Upload
    // (pinned outside the form by the window).
    QList<QWidget *> tabOrder() const;
    QPushButton *uploadButton() const;
    AthletePicker *athletePicker() const;
    SessionGroupPicker *sessionGroupPicker() const;
    void setCameraSetup(const QString &setup);
    void setActivity(const QString &activity);
    void setMovement(const QString &movement);
    void setDimensionValue(const QString &key, const QString &value);
    void setCaptureTime(const QDateTime &time);
    void setCameraExtras(const Pairs &pairs);
    void setMovementExtras(const Pairs &pairs);
    void clickUpload();

    // What this athlete had last time, filled in and shown in italics (with a
    // line saying so) until the coach changes the field or uploads.
    void prefill(const QString &athleteName, const AthleteDefaults::Values &values);
    // An athlete with nothing remembered: their own choices (the movement's
    // dimensions, e.g. handedness) are asked again, not carried over.
    void clearAthleteChoices();
    // Uploading confirms what was filled in.
    void confirmPrefilled();
    // The object names of the fields still marked as filled in (tests).
    QStringList prefilledFields() const;
    // What is remembered for the athlete of these choices: only what the
    // coach chose (an orientation read from the video is not a choice).
    static AthleteDefaults::Values rememberedValues(const Choices &choices);

signals:
    void athleteChanged(const QString &athleteId);
    void choicesChanged();
    void activityChanged(const QString &activity);
    void movementChanged(const QString &activity, const QString &movement);
    void uploadRequested();
    void newAthleteRequested();
    void newSessionGroupRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void retranslate();
    void updateHeading();
    void updateOrientationHint();
    void showVideoTime();
    void updateTimeHint();
    QLabel *errorLabelFor(const QString &field) const;
    // Every label that shows an error next to its field.
    QList<QLabel *> errorLabels() const;
    QComboBox *dimensionBox(const QString &key) const; // the required dimension's box, if shown
    void markPrefilled(QWidget *field, bool marked);
    void fieldChangedByCoach(QWidget *field);
    void updatePrefillHint();

    std::unique_ptr<Ui::CaptureForm> m_ui;
    QButtonGroup *m_cameraGroup;
    QList<VideoInfo> m_videos;
    QList<Dimension> m_dimensions;
    QHash<QString, QLabel *> m_dimensionErrors;
    QHash<QString, QComboBox *> m_dimensionBoxes; // the required dimensions' boxes, by key
    bool m_timeEdited = false;
    bool m_showRequired = false;
    QList<FieldError> m_errors;
    bool m_settingTime = false;
    int m_uploadCount = 0;
    bool m_prefilling = false;
    QString m_prefilledFor;
    QLabel *m_prefillHint;
};
