package org.fyptracker.departments.web;

import java.util.List;
import org.fyptracker.departments.security.SigningKeys;
import org.fyptracker.platform.http.CallerResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins list and rotate the keys tokens are signed with (public facts only: ids and dates). */
@RestController
@RequestMapping(path = "/api/v1/admin/departments/signing-keys", produces = "application/json")
public class SigningKeyController {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyController.class);

    private final SigningKeys keys;
    private final CallerResolver callers;

    public SigningKeyController(SigningKeys keys, CallerResolver callers) {
        this.keys = keys;
        this.callers = callers;
    }

    @GetMapping
    public List<SigningKeys.KeyInfo> list() {
        return keys.list();
    }

    @PostMapping("/rotate")
    public SigningKeys.KeyInfo rotate() {
        SigningKeys.KeyInfo added = keys.rotate();
        // Keys are not domain events; the audit of a rotation is this line.
        log.info("signing key rotation requested by client={} department={} newKeyId={}",
                callers.current().client(), callers.current().department(), added.keyId());
        return added;
    }
}
