package org.fyptracker.contracts.projects;

/** A programme (…工程 / …行动 / …计划) groups work; a construction project builds one thing. */
public enum ProjectKind { PROGRAMME, CONSTRUCTION }
