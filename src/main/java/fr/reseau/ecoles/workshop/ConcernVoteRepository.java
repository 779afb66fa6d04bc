package fr.reseau.ecoles.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernVoteRepository extends JpaRepository<ConcernVote, Long> {

  List<ConcernVote> findByWorkshopDayIdAndVoteRound(Long workshopDayId, int voteRound);

  Optional<ConcernVote> findByWorkshopDayIdAndVoteRoundAndTeacherUserId(
      Long workshopDayId, int voteRound, String teacherUserId);
}
