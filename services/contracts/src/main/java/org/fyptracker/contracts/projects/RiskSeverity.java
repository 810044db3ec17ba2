package org.fyptracker.contracts.projects;

/** How much a risk threatens the project; an open HIGH risk puts the project at risk. */
public enum RiskSeverity { LOW, MEDIUM, HIGH }
