#pragma once

// Lowers the calling thread's scheduling priority (nice 10): for the threads
// that copy, hash and decode while the window is open, so that on a machine
// with two cores the GUI thread gets a core as soon as it has work (a timer's
// firing, a repaint) instead of queueing behind them. They still get every
// core nothing else wants. Threads the calling thread starts afterwards
// (GStreamer's, for a player made there) inherit it. QThread::LowPriority does
// nothing on Linux (SCHED_OTHER has a single static priority).
void runBehindTheWindow();
