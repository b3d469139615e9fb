package vn.motcua.bot.postal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.message.Reply;

class ChangingBookingStateTest {
    private final InMemoryBookings bookings = new InMemoryBookings();
    private final List<String> telegram = new ArrayList<>();
    private final OutboundChannel recording = new OutboundChannel() {
        @Override
        public Channel channel() {
            return Channel.TELEGRAM;
        }

        @Override
        public void send(String recipient, List<Reply> replies) {
            replies.forEach(r -> telegram.add(recipient + ": " + r.text()));
        }
    };
    private final ChangingBookingState changing = new ChangingBookingState(bookings, List.of(recording),
            new BookingNotices(ConversationHarness.SHOP));

    @Test
    void tells_the_citizen_on_their_channel_once_per_move() {
        String ref = bookings.place(InMemoryBookingsTest.request("d"), InMemoryBookingsTest.NOW).booking().reference();
        changing.change(ref, update(BookingState.SENT_TO_POST_OFFICE, ""));
        changing.change(ref, update(BookingState.SENT_TO_POST_OFFICE, ""));
        changing.change(ref, update(BookingState.FAILED, "không liên lạc được"));

        assertThat(telegram).hasSize(2);
        assertThat(telegram.get(0)).startsWith("42: Yêu cầu " + ref + " đã được chuyển cho bưu điện")
                .contains("0912 345 678");
        assertThat(telegram.get(1)).contains("Bưu điện chưa thực hiện được yêu cầu " + ref)
                .contains("Lý do: không liên lạc được.").contains("1900 1234");
    }

    @Test
    void a_channel_that_fails_does_not_stop_the_move() {
        OutboundChannel broken = new OutboundChannel() {
            @Override
            public Channel channel() {
                return Channel.TELEGRAM;
            }

            @Override
            public void send(String recipient, List<Reply> replies) {
                throw new IllegalStateException("telegram down");
            }
        };
        ChangingBookingState withBroken = new ChangingBookingState(bookings, List.of(broken),
                new BookingNotices(ConversationHarness.SHOP));
        String ref = bookings.place(InMemoryBookingsTest.request("d"), InMemoryBookingsTest.NOW).booking().reference();
        assertThat(withBroken.change(ref, update(BookingState.SENT_TO_POST_OFFICE, ""))).isInstanceOf(Transition.Moved.class);
        assertThat(bookings.find(ref).orElseThrow().state()).isEqualTo(BookingState.SENT_TO_POST_OFFICE);
    }

    private static BookingUpdate update(BookingState s, String note) {
        return new BookingUpdate(s, note, null, InMemoryBookingsTest.NOW.plusSeconds(60));
    }
}
