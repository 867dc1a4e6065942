#pragma once

#include "jobs/store/jobhistory.h"

#include <QCoreApplication>
#include <QString>

// A job's history (the details pane's "What happened") in a coach's words. The stored
// words (jobhistory.h: "reserve", "lost-answer") stay the store's and the command
// line's; these are for reading. A switch over every value: a new step or outcome
// without its words does not compile without a warning (and warnings are errors).
class HistoryWords
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWords)

public:
    static QString step(JobHistory::Step step);
    static QString outcome(JobHistory::Outcome outcome);
    // "Upload link from Uplift: asked for"; a word this version does not know (a newer
    // version's, in a shared store) is shown as it is stored.
    static QString line(const QString &storedStep, const QString &storedOutcome);
};
