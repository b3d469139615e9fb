package vn.motcua.adapters.warmup;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;

/**
 * Spring Boot's application availability, with readiness held at REFUSING_TRAFFIC while the warm-up runs.
 * Why here rather than by publishing a REFUSING_TRAFFIC event: Spring Boot publishes ACCEPTING_TRAFFIC
 * itself once started, and a listener answering it with REFUSING_TRAFFIC leaves a moment (or, depending on
 * listener order, the rest of the warm-up) when readiness reads ACCEPTING_TRAFFIC. Held here, readiness is
 * Spring Boot's own state AND the warm-up's end, read together on every probe: a shutdown's
 * REFUSING_TRAFFIC still wins after the warm-up, and liveness is never touched.
 */
final class ReadinessAfterWarmUp extends ApplicationAvailabilityBean {
    private volatile boolean warmingUp;

    ReadinessAfterWarmUp(boolean warmingUp) {
        this.warmingUp = warmingUp;
    }

    /** The warm-up has ended (done, failed or timed out): readiness is Spring Boot's again. */
    void warmedUp() {
        warmingUp = false;
    }

    boolean warmingUp() {
        return warmingUp;
    }

    @Override
    public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
        return warmingUp && type == ReadinessState.class ? type.cast(ReadinessState.REFUSING_TRAFFIC)
                : super.getState(type, defaultState);
    }

    @Override
    public <S extends AvailabilityState> S getState(Class<S> type) {
        return warmingUp && type == ReadinessState.class ? type.cast(ReadinessState.REFUSING_TRAFFIC)
                : super.getState(type);
    }
}
