package fr.nouage.accompaniment.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import fr.nouage.accompaniment.AccompanimentProperties;
import fr.nouage.accompaniment.internal.SeminarRepository;

/**
 * The screens connected to this instance that show a seminar's wall, each by its server-sent
 * event stream. Every {@code nouage.accompaniment.wall-poll} this instance reads, in one query, the
 * wall versions of the seminars its screens show; when one grew (a verbatim posted, voted or
 * moderated on any instance, since the version lives in the database), its screens receive a
 * {@code wall} event and fetch the wall again. With no screen connected it reads nothing.
 */
@Component
class WallScreens {

    private final SeminarRepository seminars;
    private final AccompanimentProperties properties;
    private final Map<Long, List<SseEmitter>> screens = new ConcurrentHashMap<>();
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();

    WallScreens(SeminarRepository seminars, AccompanimentProperties properties) {
        this.seminars = seminars;
        this.properties = properties;
    }

    /** A new screen of that seminar's wall. */
    SseEmitter connect(long seminarId, long version) {
        SseEmitter emitter = new SseEmitter(properties.wallStreamTimeout().toMillis());
        List<SseEmitter> list = screens.computeIfAbsent(seminarId, id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        seen.putIfAbsent(seminarId, version);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    @Scheduled(fixedDelayString = "${nouage.accompaniment.wall-poll:PT0.5S}")
    void poll() {
        screens.entrySet().removeIf(e -> e.getValue().isEmpty());
        if (screens.isEmpty()) {
            return;
        }
        seminars.wallVersions(screens.keySet()).forEach((id, version) -> {
            Long before = seen.put(id, version);
            if (before == null || before.longValue() != version) {
                send(id, version);
            }
        });
    }

    private void send(long seminarId, long version) {
        for (SseEmitter emitter : screens.getOrDefault(seminarId, List.of())) {
            try {
                emitter.send(SseEmitter.event().name("wall").data(String.valueOf(version)));
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
                screens.getOrDefault(seminarId, List.of()).remove(emitter);
            }
        }
    }

    /** How many screens of that seminar this instance serves. */
    int count(long seminarId) {
        return screens.getOrDefault(seminarId, List.of()).size();
    }
}
