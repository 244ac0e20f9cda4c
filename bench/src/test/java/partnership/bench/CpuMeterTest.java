package partnership.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

  @Test
  void aStepsCpuIsTheDifferenceOfTwoReadingsAndOtherIsWhatTheThreadsNamedLeave() {
    CpuMeter.Reading before = new CpuMeter.Reading(2.0, 1.0, 0.5, 0.0);
    CpuMeter.Reading after = new CpuMeter.Reading(12.0, 5.0, 3.5, 1.0);

    CpuMeter.Reading step = after.minus(before);

    assertThat(step).isEqualTo(new CpuMeter.Reading(10.0, 4.0, 3.0, 1.0));
    assertThat(step).hasToString("process 10.0 s: Spark tasks 4.0, JIT compilers 3.0, collector 1.0, other 2.0");
  }

  @Test
  void aBusyThreadsCpuIsReadFromProcByItsName() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    Thread busy = new Thread(() -> {
      while (!stop.get()) {
        Thread.onSpinWait();
      }
    }, "cpu-meter-test");
    busy.start();
    try {
      // /proc counts in hundredths of a second: wait, up to ten seconds, until the spinning thread has one.
      double seconds = 0;
      for (int wait = 0; wait < 100 && seconds < 0.01; wait++) {
        Thread.sleep(100);
        seconds = ThreadCpu.ofThisProcess().stream().filter(t -> t.name().equals("cpu-meter-test"))
            .mapToDouble(ThreadCpu::seconds).sum();
      }
      assertThat(seconds).isGreaterThanOrEqualTo(0.01);
    } finally {
      stop.set(true);
      busy.join();
    }
  }
}
