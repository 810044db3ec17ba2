package org.fyptracker.tracking.rebuild;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin: drop the read models and replay the topics; poll for progress. */
@RestController
@RequestMapping(path = "/api/v1/admin/tracking/rebuild", produces = "application/json")
public class RebuildController {

    private final ReadModelRebuild rebuild;

    public RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    public ResponseEntity<RebuildProgress> start() {
        return ResponseEntity.accepted().body(rebuild.start());
    }

    @GetMapping
    public RebuildProgress progress() {
        return rebuild.progress();
    }
}
