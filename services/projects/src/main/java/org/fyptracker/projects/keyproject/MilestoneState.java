package org.fyptracker.projects.keyproject;

import java.time.LocalDate;

/** What the KeyProject aggregate needs to remember of a milestone to decide the next command. */
final class MilestoneState {

    enum Stage { PLANNED, STARTED, ACHIEVED, DROPPED }

    private LocalDate plannedDate;
    /** The planned date for which MilestoneOverdue was emitted, so it is emitted once per date. */
    private LocalDate overdueFor;
    private Stage stage = Stage.PLANNED;
    private int percentComplete;

    private MilestoneState() {
        // for snapshots
    }

    MilestoneState(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    LocalDate plannedDate() {
        return plannedDate;
    }

    Stage stage() {
        return stage;
    }

    int percentComplete() {
        return percentComplete;
    }

    void started() {
        stage = Stage.STARTED;
    }

    void progressed(int percent) {
        if (stage == Stage.PLANNED) {
            stage = Stage.STARTED;
        }
        percentComplete = percent;
    }

    boolean open() {
        return stage == Stage.PLANNED || stage == Stage.STARTED;
    }

    LocalDate overdueFor() {
        return overdueFor;
    }

    void rescheduled(LocalDate newDate) {
        plannedDate = newDate;
    }

    void overdue(LocalDate plannedDateMissed) {
        overdueFor = plannedDateMissed;
    }

    void dropped() {
        stage = Stage.DROPPED;
    }

    void achieved() {
        stage = Stage.ACHIEVED;
        percentComplete = 100;
    }

    // Value equality: Axon's fixture checks that replaying the events rebuilds the same state.
    @Override
    public boolean equals(Object other) {
        return other instanceof MilestoneState that && plannedDate.equals(that.plannedDate)
                && java.util.Objects.equals(overdueFor, that.overdueFor)
                && stage == that.stage && percentComplete == that.percentComplete;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(plannedDate, stage, percentComplete, overdueFor);
    }
}
