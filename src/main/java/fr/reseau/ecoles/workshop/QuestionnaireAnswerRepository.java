package fr.reseau.ecoles.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionnaireAnswerRepository extends JpaRepository<QuestionnaireAnswer, Long> {

  List<QuestionnaireAnswer> findByWorkshopDayIdOrderById(Long workshopDayId);

  long countByWorkshopDayId(Long workshopDayId);

  void deleteByWorkshopDayId(Long workshopDayId);
}
