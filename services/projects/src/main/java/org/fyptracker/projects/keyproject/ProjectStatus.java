package org.fyptracker.projects.keyproject;

/** Where a project stands in its lifecycle; only an ACTIVE project takes reports. */
enum ProjectStatus { ACTIVE, SUSPENDED, COMPLETED, CANCELLED }
