package fr.reseau.ecoles.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeacherImpressionsRepository extends JpaRepository<TeacherImpressions, Long> {

  List<TeacherImpressions> findByWorkshopDayIdOrderById(Long workshopDayId);

  Optional<TeacherImpressions> findByWorkshopDayIdAndTeacherUserId(
      Long workshopDayId, String teacherUserId);
}
