package fr.reseau.ecoles.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

  List<Participant> findByWorkshopDayIdOrderById(Long workshopDayId);

  Optional<Participant> findByWorkshopDayIdAndTeacherUserId(
      Long workshopDayId, String teacherUserId);

  void deleteByWorkshopDayId(Long workshopDayId);

  /** The days a teacher was invited to (a person's calendar). */
  List<Participant> findByTeacherUserIdAndInvitedAtIsNotNullOrderById(String teacherUserId);

  long countByWorkshopDayIdAndFreeChoiceWorkshopCodeAndTeacherUserIdNot(
      Long workshopDayId, String workshopCode, String teacherUserId);
}
